namespace LoyaltyRules.Host.Simulations;

/// <summary>A customer's period, as recorded and under the draft.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Inputs">How many of the customer's own inputs (not sweeps) occurred in the period, each re-evaluated under the draft.</param>
/// <param name="Sweeps">How many daily sweeps were evaluated under the draft (one per day of the period the customer was enrolled).</param>
/// <param name="Recorded">The period as recorded.</param>
/// <param name="Draft">The period under the draft.</param>
/// <param name="Refused">The inputs the draft refused (nothing of theirs applied under the draft).</param>
internal sealed record CustomerOutcome(string CustomerId, int Inputs, int Sweeps, SideOutcome Recorded, SideOutcome Draft, IReadOnlyList<RefusedInput> Refused)
{
    /// <summary>The draft's liability less the recorded one.</summary>
    public long LiabilityChange => Draft.Liability - Recorded.Liability;

    /// <summary>Whether the draft gives the customer another tier level (a tier the draft only renames is the same tier).</summary>
    public bool TierChanged => Recorded.TierLevel != Draft.TierLevel;

    /// <summary>Whether anything differs for this customer.</summary>
    public bool Changed =>
        LiabilityChange != 0 || TierChanged || Refused.Count > 0 || Recorded.PointsAwarded != Draft.PointsAwarded
        || Recorded.Grants.Count != Draft.Grants.Count || Recorded.Grants.Any(g => Draft.Grants.GetValueOrDefault(g.Key) != g.Value);
}
