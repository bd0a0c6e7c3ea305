using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>Why a rule did not fire: the furthest any of its alternatives got, and what stopped it there.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Reason">The reason in a sentence, for example "no Purchase matched: p.Amount >= 10 is false (p.Amount = 5)".</param>
/// <param name="FailedCondition">The first condition that failed, with its values; null when the reason is not a condition (no fact of a type, say).</param>
/// <param name="PartialMatch">What had matched before the failure.</param>
public sealed record RuleMiss(RuleDefinition Rule, string Reason, ConditionOutcome? FailedCondition, IReadOnlyList<MatchedValue> PartialMatch)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule.Name}: {Reason}";
}
