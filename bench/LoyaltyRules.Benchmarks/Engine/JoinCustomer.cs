namespace LoyaltyRules.Benchmarks.Engine;

public sealed class JoinCustomer(int id)
{
    public int Id { get; } = id;
}
