namespace LoyaltyRules.Engine.Tests.Facts;

/// <summary>A mutable test fact: rules match on its current values, updates re-evaluate them.</summary>
public sealed class Customer(int id, string tier = "Classic")
{
    public int Id { get; set; } = id;

    public string Tier { get; set; } = tier;

    public decimal Balance { get; set; }

    public override string ToString() => $"Customer {Id} ({Tier})";
}
