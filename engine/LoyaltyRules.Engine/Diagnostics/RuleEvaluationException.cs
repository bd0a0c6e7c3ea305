using System.Globalization;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// A condition, binding, aggregate or filter threw while facts were matched. The session is faulted
/// afterwards (its network may be half-updated): discard it and create a new one.
/// </summary>
public sealed class RuleEvaluationException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public RuleEvaluationException(string expression, IReadOnlyList<string> ruleNames, IReadOnlyList<object?> facts, Exception innerException)
        : base(Describe(expression, ruleNames, facts, innerException), ruleNames, innerException)
    {
        Expression = expression;
        Facts = facts;
    }

    /// <summary>Creates the exception.</summary>
    public RuleEvaluationException()
        : this("", [], [], new InvalidOperationException())
    {
    }

    /// <summary>The expression that threw, as text.</summary>
    public string Expression { get; }

    /// <summary>The facts and values it was evaluated on.</summary>
    public IReadOnlyList<object?> Facts { get; }

    private static string Describe(string expression, IReadOnlyList<string> ruleNames, IReadOnlyList<object?> facts, Exception inner) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Evaluating '{expression}' of rule {string.Join(", ", ruleNames.Select(n => $"'{n}'"))} threw {inner.GetType().Name}: {inner.Message} (facts: {string.Join("; ", facts.Select(f => f?.ToString() ?? "null"))})");
}
