namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// An order fact of the property tests: a fixed label for messages and mutable fields. Equal to any
/// order with the same field values, with a hash code that follows the fields (see <see cref="Customer"/>).
/// </summary>
public sealed class Order(string label)
{
    /// <summary>The name tests show for this object, such as <c>o2</c>.</summary>
    public string Label { get; } = label;

    public int CustomerId { get; set; }

    public int Amount { get; set; }

    public override bool Equals(object? obj) => obj is Order other && other.CustomerId == CustomerId && other.Amount == Amount;

    public override int GetHashCode() => HashCode.Combine(CustomerId, Amount);

    public override string ToString() => $"{Label}(CustomerId={CustomerId},Amount={Amount})";
}
