namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>The decision every rule makes: award points to a customer, for a reason.</summary>
public sealed record PointsAward(string CustomerId, int Points, string Rule);
