using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// The conditions between a left token and a right value: equality conditions answered by a hash
/// index (<see cref="Hashing"/>), the others tested on each candidate pair.
/// </summary>
internal sealed class JoinTests
{
    private readonly CompiledDelegate<Func<Token, object, bool>>[] _residual;

    public JoinTests(IReadOnlyList<LambdaExpression> residual, Func<LambdaExpression, Func<Token, object, bool>> compile, JoinHashing? hashing)
    {
        Residual = residual;
        _residual = [.. residual.Select(c => new CompiledDelegate<Func<Token, object, bool>>(() => compile(c)))];
        Hashing = hashing;
    }

    public IReadOnlyList<LambdaExpression> Residual { get; }

    /// <summary>False when every condition is answered by the hash index (or there is none).</summary>
    public bool HasResiduals => _residual.Length > 0;

    public JoinHashing? Hashing { get; }

    /// <summary>The residual conditions (the hashed ones hold already when the pair came from an index lookup).</summary>
    public bool Residuals(Token left, object right, NodeRules rules)
    {
        var conditions = _residual;
        for (var i = 0; i < conditions.Length; i++)
        {
            bool result;
            try
            {
                result = conditions[i].Value(left, right);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw rules.EvaluationFailed(Residual[i], TokenValues.Of(left, right), ex);
            }

            if (!result)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Every condition, the hashed ones included (used where no index answered them).</summary>
    public bool All(Token left, object right, NodeRules rules) =>
        (Hashing is null || Hashing.KeysEqual(left, right, rules)) && Residuals(left, right, rules);
}
