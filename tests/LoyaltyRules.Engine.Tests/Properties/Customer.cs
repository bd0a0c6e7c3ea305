namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// A customer fact of the property tests: a fixed label for messages and mutable fields. It is equal
/// to any customer with the same field values and its hash code follows the fields, so an engine that
/// compared facts by value, or kept them in hash tables by their own hash code, would be caught: facts
/// are compared by reference.
/// </summary>
public sealed class Customer(string label)
{
    /// <summary>The name tests show for this object, such as <c>c0</c>.</summary>
    public string Label { get; } = label;

    public int Id { get; set; }

    public int Tier { get; set; }

    public override bool Equals(object? obj) => obj is Customer other && other.Id == Id && other.Tier == Tier;

    public override int GetHashCode() => HashCode.Combine(Id, Tier);

    public override string ToString() => $"{Label}(Id={Id},Tier={Tier})";
}
