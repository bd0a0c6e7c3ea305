using System.Linq.Expressions;
using LoyaltyRules.Engine.Compilation;

namespace LoyaltyRules.Engine.Rete;

/// <summary>The typed keys of a hashed join.</summary>
internal sealed class TypedJoinHashing<TKey>(
    IReadOnlyList<LambdaExpression> conditions,
    Func<Func<Token, TKey>> compileLeft,
    Func<Func<object, TKey>> compileRight) : JoinHashing(conditions)
    where TKey : struct
{
    private readonly CompiledDelegate<Func<Token, TKey>> _left = new(compileLeft);
    private readonly CompiledDelegate<Func<object, TKey>> _right = new(compileRight);

    public override HashedJoinMemory CreateMemory(NodeRules rules) => new HashedJoinMemory<TKey>(this, rules);

    public override bool KeysEqual(Token left, object right, NodeRules rules) =>
        EqualityComparer<TKey>.Default.Equals(LeftKey(left, rules), RightKey(right, rules));

    public TKey LeftKey(Token left, NodeRules rules)
    {
        try
        {
            return _left.Value(left);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw rules.EvaluationFailed(string.Join(" && ", Conditions), TokenValues.Of(left), ex);
        }
    }

    public TKey RightKey(object right, NodeRules rules)
    {
        try
        {
            return _right.Value(right);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw rules.EvaluationFailed(string.Join(" && ", Conditions), [right], ex);
        }
    }
}
