namespace LoyaltyRules.Host.Simulations;

/// <summary>One customer at the period's end, as recorded or as the draft would have had it.</summary>
/// <param name="Liability">Points owed at the period's end: available plus pending.</param>
/// <param name="Tier">The tier's name.</param>
/// <param name="TierLevel">The tier's level (0 is the program's first tier).</param>
/// <param name="PointsAwarded">Points awarded by the period's inputs.</param>
/// <param name="Decisions">How many decisions the period's inputs caused.</param>
/// <param name="Grants">Offers, gifts and rates granted by the period's inputs, counted per code.</param>
internal sealed record SideOutcome(long Liability, string Tier, int TierLevel, long PointsAwarded, int Decisions, IReadOnlyDictionary<GrantKey, int> Grants)
{
    /// <summary>How many grants of every code together.</summary>
    public int GrantCount => Grants.Values.Sum();
}
