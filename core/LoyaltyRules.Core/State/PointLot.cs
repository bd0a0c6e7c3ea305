namespace LoyaltyRules.Core.State;

/// <summary>Points earned in one month and not yet spent or expired (for expiry, oldest first).</summary>
public sealed record PointLot(DateOnly Month, long Points);
