using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine.Rete;

/// <summary>The rules that use a (possibly shared) node, for error messages.</summary>
internal sealed class NodeRules
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public void Add(string ruleName)
    {
        if (!_names.Contains(ruleName))
        {
            _names.Add(ruleName);
        }
    }

    public RuleEvaluationException EvaluationFailed(LambdaExpression expression, IReadOnlyList<object?> facts, Exception inner) =>
        EvaluationFailed(expression.ToString(), facts, inner);

    public RuleEvaluationException EvaluationFailed(string expression, IReadOnlyList<object?> facts, Exception inner) =>
        new(expression, [.. _names], facts, inner);
}
