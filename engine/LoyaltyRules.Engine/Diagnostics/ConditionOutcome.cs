namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>How one condition came out, and the values it saw.</summary>
/// <param name="Element">What the condition belongs to: the declaration of its pattern, or "filter".</param>
/// <param name="Condition">The condition: its label when it has one, its expression otherwise.</param>
/// <param name="Result">True when it held.</param>
/// <param name="Values">The operands it compared, with their values.</param>
public sealed record ConditionOutcome(string Element, string Condition, bool Result, IReadOnlyList<ObservedValue> Values)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Element}: {Condition} is {(Result ? "true" : "false")}" + (Values.Count == 0 ? "" : $" ({string.Join(", ", Values)})");
}
