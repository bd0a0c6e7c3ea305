using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>A value a rule matched or computed, under its declaration.</summary>
/// <param name="Declaration">The name and type it is bound to.</param>
/// <param name="Value">The fact, aggregate result or computed value.</param>
public sealed record MatchedValue(Declaration Declaration, object? Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Declaration.Name} = {TraceText.Of(Value)}";
}
