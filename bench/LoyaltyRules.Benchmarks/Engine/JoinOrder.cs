namespace LoyaltyRules.Benchmarks.Engine;

public sealed class JoinOrder(int id, int customerId)
{
    public int Id { get; } = id;

    public int CustomerId { get; } = customerId;

    public int Matched { get; set; }
}
