namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>The customer as the loyalty rules see it.</summary>
public sealed class BenchCustomer(string id, int tier, int tenureYears)
{
    public string Id { get; } = id;

    /// <summary>0 Classic, 1 Silver, 2 Gold, 3 Diamond.</summary>
    public int Tier { get; } = tier;

    public int TenureYears { get; } = tenureYears;
}
