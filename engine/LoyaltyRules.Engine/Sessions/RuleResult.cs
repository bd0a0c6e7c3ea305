using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>A value an action emitted through <see cref="IContext.Emit"/>, tagged with its rule.</summary>
/// <param name="Rule">The rule whose action emitted the value.</param>
/// <param name="Value">The value.</param>
/// <param name="Firing">The number of the firing that emitted it, counted from 1 over the session's life.</param>
public readonly record struct RuleResult(RuleDefinition Rule, object Value, int Firing);
