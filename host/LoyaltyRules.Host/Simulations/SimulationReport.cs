using LoyaltyRules.Host.History;
using LoyaltyRules.Host.Measures;

namespace LoyaltyRules.Host.Simulations;

/// <summary>What a draft rule file would have changed over a period, customer by customer and in aggregate.</summary>
/// <param name="Period">The period simulated (both days included, UTC).</param>
/// <param name="Draft">The draft simulated.</param>
/// <param name="CustomersEnrolled">Customers enrolled by the period's end (those simulated, unless sampled).</param>
/// <param name="Sample">The sample size asked for; null when every customer was simulated.</param>
/// <param name="CustomersSimulated">Customers simulated (the sample, or all of them).</param>
/// <param name="CustomersChanged">Customers for whom anything differs under the draft.</param>
/// <param name="Inputs">Customers' own inputs (not sweeps) re-evaluated under the draft.</param>
/// <param name="Sweeps">Daily sweeps evaluated under the draft (every day of the period, for each customer enrolled that day).</param>
/// <param name="Liability">Points owed (available plus pending) at the period's end, summed over the customers simulated.</param>
/// <param name="PointsAwarded">Points awarded by the period's inputs.</param>
/// <param name="Decisions">Decisions the period's inputs caused.</param>
/// <param name="TierMigration">Recorded tier at the period's end → tier under the draft.</param>
/// <param name="Grants">Offers, gifts and rates granted in the period, per code.</param>
/// <param name="Distribution">How many customers hold how many points at the period's end, recorded and under the draft.</param>
/// <param name="MostAffected">The customers with the largest liability change (then tier changes), largest first.</param>
/// <param name="Customers">Every customer for whom anything differs, by id (at most <see cref="SimulationAggregator.MaxCustomerRows"/>).</param>
/// <param name="CustomersTruncated">Whether <paramref name="Customers"/> was cut at its limit.</param>
/// <param name="RefusedInputs">How many inputs the draft refused.</param>
/// <param name="Refused">The refused inputs (at most <see cref="SimulationAggregator.MaxRefusedRows"/>).</param>
/// <param name="CustomersFailed">How many customers could not be simulated at all (a malformed stream, say).</param>
/// <param name="Failures">Those customers, with why (at most <see cref="SimulationAggregator.MaxFailureRows"/>).</param>
/// <param name="Measures">The program's measures over the period, on the recorded history.</param>
public sealed record SimulationReport(
    ReportingPeriod Period,
    DraftDescription Draft,
    int CustomersEnrolled,
    int? Sample,
    int CustomersSimulated,
    int CustomersChanged,
    int Inputs,
    int Sweeps,
    Comparison Liability,
    Comparison PointsAwarded,
    Comparison Decisions,
    TierMigration TierMigration,
    IReadOnlyList<GrantComparison> Grants,
    IReadOnlyList<HistogramBucket> Distribution,
    IReadOnlyList<CustomerDifference> MostAffected,
    IReadOnlyList<CustomerDifference> Customers,
    bool CustomersTruncated,
    int RefusedInputs,
    IReadOnlyList<RefusedInput> Refused,
    int CustomersFailed,
    IReadOnlyList<CustomerFailure> Failures,
    ProgramMeasures? Measures);

/// <summary>The draft rule file simulated (it is never stored as a rule-set version).</summary>
/// <param name="FileName">The file name it was sent under.</param>
/// <param name="Program">The program's name from its header.</param>
/// <param name="ContentHash">SHA-256 of its text, hex.</param>
public sealed record DraftDescription(string FileName, string Program, string ContentHash);

/// <summary>A figure as recorded and under the draft.</summary>
/// <param name="Recorded">As recorded.</param>
/// <param name="Draft">Under the draft.</param>
public sealed record Comparison(long Recorded, long Draft)
{
    /// <summary>The draft's figure less the recorded one.</summary>
    public long Change => Draft - Recorded;
}

/// <summary>
/// The tier migration matrix, by tier level: <c>Counts[i][j]</c> customers were at level <c>Levels[i]</c> at the period's end as
/// recorded and would be at level <c>Levels[j]</c> under the draft. Each side's levels are named by its own program, so a tier the
/// draft only renames stays on the diagonal.
/// </summary>
/// <param name="Levels">Every tier level either side reaches, lowest first.</param>
/// <param name="RecordedTiers">The recorded program's name for each level (the rows).</param>
/// <param name="DraftTiers">The draft's name for each level (the columns).</param>
/// <param name="Counts">Rows: recorded level; columns: draft level.</param>
/// <param name="Upgraded">Customers the draft puts in a higher tier.</param>
/// <param name="Downgraded">Customers the draft puts in a lower tier.</param>
/// <param name="Unchanged">Customers at the same tier level either way.</param>
public sealed record TierMigration(
    IReadOnlyList<int> Levels, IReadOnlyList<string> RecordedTiers, IReadOnlyList<string> DraftTiers, IReadOnlyList<IReadOnlyList<int>> Counts,
    int Upgraded, int Downgraded, int Unchanged);

/// <summary>How many times one code was granted in the period, recorded and under the draft.</summary>
/// <param name="Kind"><c>offer</c>, <c>gift</c> or <c>rate</c>.</param>
/// <param name="Code">The offer code, the gift, or the rate's product.</param>
/// <param name="Recorded">Grants as recorded.</param>
/// <param name="Draft">Grants under the draft.</param>
public sealed record GrantComparison(string Kind, string Code, int Recorded, int Draft)
{
    /// <summary>Draft less recorded.</summary>
    public int Change => Draft - Recorded;
}

/// <summary>One bar of the points distribution: customers holding from <paramref name="From"/> to <paramref name="To"/> points.</summary>
/// <param name="Label">The range as shown, for example <c>1,000–1,999</c>.</param>
/// <param name="From">The lowest balance in the bucket (null: no lower bound, the negative balances).</param>
/// <param name="To">The highest balance in the bucket (included).</param>
/// <param name="Recorded">Customers in the bucket as recorded.</param>
/// <param name="Draft">Customers in the bucket under the draft.</param>
public sealed record HistogramBucket(string Label, long? From, long To, int Recorded, int Draft);

/// <summary>What the draft changes for one customer.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="LiabilityRecorded">Points owed at the period's end as recorded.</param>
/// <param name="LiabilityDraft">Points owed at the period's end under the draft.</param>
/// <param name="LiabilityChange">Draft less recorded.</param>
/// <param name="TierRecorded">The tier at the period's end as recorded (the recorded program's name).</param>
/// <param name="TierDraft">The tier at the period's end under the draft (the draft's name).</param>
/// <param name="TierChanged">Whether the draft puts the customer at another tier level.</param>
/// <param name="PointsAwardedRecorded">Points awarded in the period as recorded.</param>
/// <param name="PointsAwardedDraft">Points awarded in the period under the draft.</param>
/// <param name="GrantsRecorded">Offers, gifts and rates granted in the period as recorded.</param>
/// <param name="GrantsDraft">Offers, gifts and rates granted in the period under the draft.</param>
/// <param name="Inputs">The customer's inputs in the period.</param>
/// <param name="Refused">How many of them the draft refused.</param>
public sealed record CustomerDifference(
    string CustomerId, long LiabilityRecorded, long LiabilityDraft, long LiabilityChange, string TierRecorded, string TierDraft, bool TierChanged,
    long PointsAwardedRecorded, long PointsAwardedDraft, int GrantsRecorded, int GrantsDraft, int Inputs, int Refused);

/// <summary>An input the draft refused (or failed on); under the draft nothing of it applies.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="InputId">The input's id in the stream.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="Reason">Why the draft refused it.</param>
public sealed record RefusedInput(string CustomerId, string InputId, string Kind, DateTimeOffset OccurredAt, string Reason);

/// <summary>A customer whose history could not be simulated.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Reason">What went wrong.</param>
public sealed record CustomerFailure(string CustomerId, string Reason);
