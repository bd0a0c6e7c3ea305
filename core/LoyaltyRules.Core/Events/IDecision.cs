namespace LoyaltyRules.Core.Events;

/// <summary>Something the program decided about a customer, with who decided it and why.</summary>
public interface IDecision
{
    /// <summary>Unique in the stream: the cause's input id and the decision's ordinal.</summary>
    string DecisionId { get; }

    /// <summary>The rule that decided (or a built-in reason such as <c>tier qualification</c>).</summary>
    string Rule { get; }

    /// <summary>The rule-set version that was active for the input.</summary>
    string RuleSetVersion { get; }

    /// <summary>The input that caused it.</summary>
    string CausedBy { get; }
}
