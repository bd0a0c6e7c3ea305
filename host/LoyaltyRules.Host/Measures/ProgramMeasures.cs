using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Measures;

/// <summary>The measures loyalty managers track, for a period, from the recorded history.</summary>
/// <param name="Period">The period measured (both days included, UTC).</param>
/// <param name="PreviousPeriod">The period of the same length just before, for retention.</param>
/// <param name="ActiveCustomers">Customers with at least one input of their own (anything but a sweep) in the period.</param>
/// <param name="Retention">Of the customers active in the previous period, those active again in this one.</param>
/// <param name="RepeatPurchase">Of the customers with a purchase in the period, those with two or more.</param>
/// <param name="Nps">Net promoter score from the period's survey answers.</param>
/// <param name="Liability">Points owed at the period's end.</param>
/// <param name="TierDistribution">Customers per tier at the end of each month of the period (the last at the period's end).</param>
/// <param name="Unreadable">Customers left out of every measure because their stream is not a well-formed history (at most <see cref="MaxUnreadable"/> listed).</param>
public sealed record ProgramMeasures(
    ReportingPeriod Period,
    ReportingPeriod PreviousPeriod,
    int ActiveCustomers,
    RateMeasure Retention,
    RateMeasure RepeatPurchase,
    NpsMeasure Nps,
    LiabilityMeasure Liability,
    IReadOnlyList<TierSnapshot> TierDistribution,
    IReadOnlyList<string> Unreadable)
{
    /// <summary>The most unreadable customers listed.</summary>
    public const int MaxUnreadable = 100;
}

/// <summary>A share: <paramref name="Count"/> of <paramref name="Of"/>.</summary>
/// <param name="Of">The customers it is a share of.</param>
/// <param name="Count">Those who qualify.</param>
public sealed record RateMeasure(int Of, int Count)
{
    /// <summary><see cref="Count"/> / <see cref="Of"/>, 0 to 1, rounded to 4 places; null when <see cref="Of"/> is 0.</summary>
    public decimal? Rate => Of == 0 ? null : Math.Round((decimal)Count / Of, 4);
}

/// <summary>
/// Net promoter score: each customer's last NPS answer in the period counts once; promoters answered 9
/// or 10, passives 7 or 8, detractors 0 to 6; the score is % promoters − % detractors (−100 to 100).
/// </summary>
/// <param name="Respondents">Customers who answered.</param>
/// <param name="Promoters">Answers of 9 or 10.</param>
/// <param name="Passives">Answers of 7 or 8.</param>
/// <param name="Detractors">Answers of 0 to 6.</param>
public sealed record NpsMeasure(int Respondents, int Promoters, int Passives, int Detractors)
{
    /// <summary>% promoters − % detractors, rounded to one decimal; null without answers.</summary>
    public decimal? Score => Respondents == 0 ? null : Math.Round(100m * (Promoters - Detractors) / Respondents, 1);
}

/// <summary>Points the program owes at an instant.</summary>
/// <param name="Customers">Customers enrolled by then.</param>
/// <param name="Available">Points available to spend (a negative balance counts as such).</param>
/// <param name="Pending">Points awarded and held back.</param>
public sealed record LiabilityMeasure(int Customers, long Available, long Pending)
{
    /// <summary>Available plus pending.</summary>
    public long Total => Available + Pending;
}

/// <summary>Customers per tier at the end of a month.</summary>
/// <param name="Month">The month, <c>yyyy-MM</c>.</param>
/// <param name="AsOf">The last day counted (the month's last day, or the period's last day).</param>
/// <param name="Tiers">Customers enrolled by then, per tier, lowest tier first.</param>
public sealed record TierSnapshot(string Month, DateOnly AsOf, IReadOnlyList<TierCount> Tiers);

/// <summary>How many customers are in a tier.</summary>
/// <param name="Tier">The tier's name.</param>
/// <param name="Customers">How many.</param>
public sealed record TierCount(string Tier, int Customers);
