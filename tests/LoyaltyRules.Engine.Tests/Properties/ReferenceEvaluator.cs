using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// A naive reference for the engine: given the rules and working memory (facts in insertion order),
/// lists every match of every or-alternative by brute force. Uses only the rule model and
/// <see cref="System.Linq.Expressions.LambdaExpression.Compile()"/>; never the engine.
/// </summary>
internal sealed class ReferenceEvaluator
{
    private readonly IReadOnlyList<RuleDefinition> _rules;
    private readonly IReadOnlyList<IReadOnlyList<IReadOnlyList<RuleElement>>> _alternatives;
    private readonly ExpressionInvoker _invoker = new();

    public ReferenceEvaluator(IReadOnlyList<RuleDefinition> rules)
    {
        _rules = rules;
        _alternatives = [.. rules.Select(rule => LeftHandSideExpansion.Expand(rule.LeftHandSide))];
    }

    public IReadOnlyList<ReferenceMatch> Evaluate(IReadOnlyList<object> facts)
    {
        var matches = new List<ReferenceMatch>();
        for (var r = 0; r < _rules.Count; r++)
        {
            for (var a = 0; a < _alternatives[r].Count; a++)
            {
                matches.AddRange(new BranchSearch(r, _rules[r], a, _alternatives[r][a], facts, _invoker).Run());
            }
        }

        return matches;
    }
}
