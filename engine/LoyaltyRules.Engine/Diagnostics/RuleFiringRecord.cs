using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>One firing, as the trace recorded it.</summary>
/// <param name="Firing">The firing's number in the session, from 1.</param>
/// <param name="Rule">The rule that fired.</param>
/// <param name="Alternative">Which or-alternative matched, from 0.</param>
/// <param name="Values">The matched facts and computed values, in declaration order.</param>
/// <param name="Conditions">Every condition of the matched alternative, each with the values it saw.</param>
public sealed record RuleFiringRecord(int Firing, RuleDefinition Rule, int Alternative, IReadOnlyList<MatchedValue> Values, IReadOnlyList<ConditionOutcome> Conditions);
