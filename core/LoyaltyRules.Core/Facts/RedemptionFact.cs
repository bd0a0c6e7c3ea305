using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A redemption of points.</summary>
public sealed class RedemptionFact(PointsRedeemed redeemed, DateOnly date) : EventFact(redeemed, date)
{
    /// <summary>The points spent.</summary>
    public long Points { get; } = redeemed.Points;

    /// <summary>What they were spent on.</summary>
    public string Reward { get; } = redeemed.Reward;
}
