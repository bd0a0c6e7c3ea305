namespace LoyaltyRules.Engine.Tests.Facts;

/// <summary>A mutable test fact joined to <see cref="Customer"/> by <see cref="CustomerId"/>.</summary>
public sealed class Order(int id, int customerId, decimal amount, string category = "grocery")
{
    public int Id { get; set; } = id;

    public int CustomerId { get; set; } = customerId;

    public decimal Amount { get; set; } = amount;

    public string Category { get; set; } = category;

    public override string ToString() => $"Order {Id} of customer {CustomerId}: {Amount} {Category}";
}
