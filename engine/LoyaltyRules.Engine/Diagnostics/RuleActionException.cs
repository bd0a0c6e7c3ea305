using System.Globalization;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>An action threw while its rule fired. <c>Fire</c> stops; what earlier actions did stays done.</summary>
public sealed class RuleActionException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public RuleActionException(string action, string ruleName, IReadOnlyList<object?> facts, Exception innerException)
        : base(Describe(action, ruleName, facts, innerException), [ruleName], innerException)
    {
        Action = action;
        Facts = facts;
    }

    /// <summary>Creates the exception.</summary>
    public RuleActionException()
        : this("", "", [], new InvalidOperationException())
    {
    }

    /// <summary>The action that threw, as text.</summary>
    public string Action { get; }

    /// <summary>The values the rule matched.</summary>
    public IReadOnlyList<object?> Facts { get; }

    private static string Describe(string action, string ruleName, IReadOnlyList<object?> facts, Exception inner) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"Action '{action}' of rule '{ruleName}' threw {inner.GetType().Name}: {inner.Message} (facts: {string.Join("; ", facts.Select(f => f?.ToString() ?? "null"))})");
}
