using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>The filters of an alternative, checked on its complete match.</summary>
internal sealed class FilterSet(IReadOnlyList<FilterElement> filters, DeclarationDepths depths, int tupleDepth)
{
    private readonly CompiledDelegate<Func<Token, bool>>[] _compiled =
        [.. filters.Select(f => new CompiledDelegate<Func<Token, bool>>(() => ExpressionRewriter.CompileTupleFunc<bool>(f.Expression, depths, tupleDepth)))];

    public IReadOnlyList<FilterElement> Filters { get; } = filters;

    public bool IsEmpty { get; } = filters.Count == 0;

    public bool Pass(Token tuple, NodeRules rules)
    {
        for (var i = 0; i < _compiled.Length; i++)
        {
            bool passes;
            try
            {
                passes = _compiled[i].Value(tuple);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw rules.EvaluationFailed(Filters[i].ToString(), TokenValues.Of(tuple), ex);
            }

            if (!passes)
            {
                return false;
            }
        }

        return true;
    }
}
