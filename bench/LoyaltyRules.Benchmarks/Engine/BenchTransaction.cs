namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>An incoming banking or retail transaction.</summary>
public sealed class BenchTransaction(string kind, string channel, string category, string merchant, string product, decimal amount)
{
    public string Kind { get; } = kind;

    public string Channel { get; } = channel;

    public string Category { get; } = category;

    public string Merchant { get; } = merchant;

    public string Product { get; } = product;

    public decimal Amount { get; } = amount;
}
