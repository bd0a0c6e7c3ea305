
namespace LoyaltyRules.Core.State;

/// <summary>
/// Everything rules and clients need to know about a customer, kept up to date event by event
/// (<see cref="ApplyEvent"/>): balances, tier, holdings, and the daily figures behind every rolling
/// window, within <see cref="Horizon"/>. Its size is bounded, so evaluating an event costs the same
/// whatever the length of the customer's history.
/// </summary>
public sealed partial class CustomerState
{
    /// <summary>How far back daily figures are kept: rolling windows may reach this far (with their previous period).</summary>
    public static readonly Period Horizon = Period.FromMonths(36);

    /// <summary>The customer id (the stream id).</summary>
    public string Id { get; set; } = "";

    /// <summary>Whether the customer has enrolled.</summary>
    public bool Enrolled { get; set; }

    /// <summary>When the customer enrolled.</summary>
    public DateOnly EnrolledOn { get; set; }

    /// <summary>The birth date, when given.</summary>
    public DateOnly? BirthDate { get; set; }

    /// <summary>The segment the customer enrolled in.</summary>
    public string Segment { get; set; } = "";

    /// <summary>Free-form attributes given at enrolment.</summary>
    public Dictionary<string, string> Attributes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Points available to spend (negative after a reversal of spent points).</summary>
    public long AvailablePoints { get; set; }

    /// <summary>Every point ever awarded.</summary>
    public long LifetimePoints { get; set; }

    /// <summary>Points awarded and held back, with when they become available.</summary>
    public List<PendingPoints> Pending { get; set; } = [];

    /// <summary>Available points by the month they were earned, oldest first (spending and expiry take the oldest).</summary>
    public List<PointLot> Lots { get; set; } = [];

    /// <summary>Points awarded per day (for "points earned within …").</summary>
    public DailySeries PointsEarned { get; set; } = new();

    /// <summary>The tier's level: 0 is the program's first (default) tier.</summary>
    public int TierLevel { get; set; }

    /// <summary>The tier's name, once a tier decision named it.</summary>
    public string? TierName { get; set; }

    /// <summary>When the customer reached the current tier.</summary>
    public DateOnly TierSince { get; set; }

    /// <summary>When the current review period began (the tier's start or its last review).</summary>
    public DateOnly TierReviewedOn { get; set; }

    /// <summary>Activity per event kind.</summary>
    public Dictionary<string, KindActivity> Activity { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Offers, gifts and preferential rates (expired ones are dropped at sweeps).</summary>
    public List<Holding> Holdings { get; set; } = [];

    /// <summary>Segments the customer was tagged with.</summary>
    /// <remarks>Always ordinal, also when read back from storage (a deserialiser would otherwise bring the culture's order).</remarks>
    public SortedSet<string> Tags
    {
        get => _tags;
        set => _tags = value.Comparer == StringComparer.Ordinal ? value : new SortedSet<string>(value, StringComparer.Ordinal);
    }

    private SortedSet<string> _tags = new(StringComparer.Ordinal);

    /// <summary>What each rule did for the customer (for once-limits and caps).</summary>
    public Dictionary<string, RuleRecord> Rules { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The sum of every deposit.</summary>
    public decimal LifetimeDeposits { get; set; }

    /// <summary>Loan drawdowns less repayments.</summary>
    public decimal LoanBalance { get; set; }

    /// <summary>The last NPS answer.</summary>
    public int? LastNps { get; set; }

    /// <summary>The last CSAT answer.</summary>
    public int? LastCsat { get; set; }

    /// <summary>Complaints filed and not yet resolved.</summary>
    public List<string> OpenComplaints { get; set; } = [];

    /// <summary>The date of the last sweep.</summary>
    public DateOnly? LastSweep { get; set; }

    /// <summary>The date of the latest input applied.</summary>
    public DateOnly LastActivity { get; set; }

    /// <summary>How many inputs and decisions have been applied (the stream version it reflects).</summary>
    public long Version { get; set; }

    /// <summary>All points still pending.</summary>
    public long PendingPointsTotal => Pending.Sum(p => p.Points);

    /// <summary>The activity of a kind, for reading (a shared empty one when there was none: never change it).</summary>
    public KindActivity ActivityOf(string kind) => Activity.TryGetValue(kind, out var activity) ? activity : Empty;

    /// <summary>What a rule did for the customer, for reading (a shared empty one when it did nothing: never change it).</summary>
    public RuleRecord RuleRecordOf(string rule) => Rules.TryGetValue(rule, out var record) ? record : EmptyRule;

    private static readonly KindActivity Empty = new();

    private static readonly RuleRecord EmptyRule = new();

    /// <summary>A deep copy, for evaluating without touching the original.</summary>
    public CustomerState Clone() => new()
    {
        Id = Id,
        Enrolled = Enrolled,
        EnrolledOn = EnrolledOn,
        BirthDate = BirthDate,
        Segment = Segment,
        Attributes = new Dictionary<string, string>(Attributes, StringComparer.Ordinal),
        AvailablePoints = AvailablePoints,
        LifetimePoints = LifetimePoints,
        Pending = [.. Pending],
        Lots = [.. Lots],
        PointsEarned = PointsEarned.Clone(),
        TierLevel = TierLevel,
        TierName = TierName,
        TierSince = TierSince,
        TierReviewedOn = TierReviewedOn,
        Activity = Activity.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal),
        Holdings = [.. Holdings],
        Tags = new SortedSet<string>(Tags, StringComparer.Ordinal),
        Rules = Rules.ToDictionary(p => p.Key, p => p.Value.Clone(), StringComparer.Ordinal),
        LifetimeDeposits = LifetimeDeposits,
        LoanBalance = LoanBalance,
        LastNps = LastNps,
        LastCsat = LastCsat,
        OpenComplaints = [.. OpenComplaints],
        LastSweep = LastSweep,
        LastActivity = LastActivity,
        Version = Version,
    };

    /// <summary>The UTC calendar day of an instant: the day rules reason about.</summary>
    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.UtcDateTime);
}
