namespace LoyaltyRules.Engine.Tests.Facts;

/// <summary>A fact rules insert (forward chaining) and results they emit.</summary>
public sealed record Award(int CustomerId, int Points, string Reason);
