namespace LoyaltyRules.Core.Evaluation;

/// <summary>Program-wide behaviour beside the rules.</summary>
/// <param name="ReviewEvery">How often tiers are reviewed (re-qualification); null for never (tiers only go up).</param>
/// <param name="ReviewGrace">How long after a review date a customer who no longer qualifies keeps the tier.</param>
/// <param name="ReversalsRequalify">Whether a reversal re-checks the tier at once (and may move the customer down).</param>
/// <param name="PointsExpireAfter">How long after the end of the month they were earned points expire; null for never.</param>
public sealed record ProgramSettings(Period? ReviewEvery, Period ReviewGrace, bool ReversalsRequalify, Period? PointsExpireAfter)
{
    /// <summary>No reviews, no re-qualification after reversals, no expiry.</summary>
    public static ProgramSettings Default { get; } = new(null, default, false, null);
}
