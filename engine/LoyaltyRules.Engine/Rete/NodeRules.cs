using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine.Rete;

/// <summary>The rules that use a (possibly shared) node, for error messages.</summary>
internal sealed class NodeRules
{
    private readonly List<string> _names = [];
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Names => _names;

    /// <summary>Adds a rule (once; a node shared by thousands of rules adds in constant time).</summary>
    public void Add(string ruleName)
    {
        if (_known.Add(ruleName))
        {
            _names.Add(ruleName);
        }
    }

    public RuleEvaluationException EvaluationFailed(LambdaExpression expression, IReadOnlyList<object?> facts, Exception inner) =>
        EvaluationFailed(expression.ToString(), facts, inner);

    public RuleEvaluationException EvaluationFailed(string expression, IReadOnlyList<object?> facts, Exception inner) =>
        new(expression, [.. _names], facts, inner);
}
