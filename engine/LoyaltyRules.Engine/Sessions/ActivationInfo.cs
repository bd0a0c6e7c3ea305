using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>A rule match waiting on the agenda.</summary>
/// <param name="Rule">The rule that would fire.</param>
/// <param name="Alternative">Which or-alternative of the rule matched, from 0.</param>
/// <param name="Values">The matched values (facts, aggregate results, bindings) in declaration order.</param>
public sealed record ActivationInfo(RuleDefinition Rule, int Alternative, IReadOnlyList<MatchedValue> Values);
