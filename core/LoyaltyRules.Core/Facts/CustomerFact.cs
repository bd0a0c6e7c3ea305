using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Core.Facts;

/// <summary>
/// The customer as rules see it during one evaluation: the customer's state (with the input and the
/// decisions made so far applied) as of the evaluation's date. Rolling figures ("within 12 months")
/// cover the period ending on that date, today included.
/// </summary>
public sealed class CustomerFact
{
    private readonly CustomerState _state;

    internal CustomerFact(EvaluationContext evaluation)
    {
        Evaluation = evaluation;
        _state = evaluation.State;
    }

    internal EvaluationContext Evaluation { get; }

    /// <summary>The customer's id.</summary>
    public string Id => _state.Id;

    /// <summary>The evaluation's date: the input's day, or the sweep's date.</summary>
    public DateOnly AsOf => Evaluation.AsOf;

    /// <summary>The tier's level (0 is the program's first tier).</summary>
    public int Tier => _state.TierLevel;

    /// <summary>The tier's name.</summary>
    public string TierName => Evaluation.Program.TierName(_state.TierLevel);

    /// <summary>When the customer reached the current tier.</summary>
    public DateOnly TierSince => _state.TierSince;

    /// <summary>Points available to spend.</summary>
    public long Points => _state.AvailablePoints;

    /// <summary>Points awarded but not yet available.</summary>
    public long PendingPoints => _state.PendingPointsTotal;

    /// <summary>Every point ever awarded.</summary>
    public long LifetimePoints => _state.LifetimePoints;

    /// <summary>The segment the customer enrolled in.</summary>
    public string Segment => _state.Segment;

    /// <summary>When the customer joined.</summary>
    public DateOnly EnrolledOn => _state.EnrolledOn;

    /// <summary>The birth date, when known.</summary>
    public DateOnly? BirthDate => _state.BirthDate;

    /// <summary>How long the customer has been in the program.</summary>
    public Duration Tenure => Duration.Between(_state.EnrolledOn, AsOf);

    /// <summary>The customer's age, or null when the birth date is not known.</summary>
    public Duration? Age => _state.BirthDate is { } born ? Duration.Between(born, AsOf) : null;

    /// <summary>The sum of every deposit.</summary>
    public decimal LifetimeDeposits => _state.LifetimeDeposits;

    /// <summary>Loan drawdowns less repayments.</summary>
    public decimal LoanBalance => _state.LoanBalance;

    /// <summary>The last NPS answer (0–10), when there is one.</summary>
    public int? LastNps => _state.LastNps;

    /// <summary>The last CSAT answer (1–5), when there is one.</summary>
    public int? LastCsat => _state.LastCsat;

    /// <summary>Complaints filed and not yet resolved.</summary>
    public int OpenComplaints => _state.OpenComplaints.Count;

    /// <summary>The segments the customer was tagged with.</summary>
    public IReadOnlySet<string> Tags => _state.Tags;

    /// <summary>True on the customer's birthday (the 28th of February for those born on the 29th, in other years).</summary>
    public bool IsBirthday => _state.BirthDate is { } born && Birthday(born, AsOf.Year) == AsOf;

    /// <summary>Whether the customer was tagged with <paramref name="tag"/>.</summary>
    public bool HasTag(string tag) => _state.Tags.Contains(tag);

    /// <summary>Whether the customer holds a valid offer (or gift) with this code.</summary>
    public bool HasOffer(string code) => _state.Holdings.Any(h => h.Code == code && h.Kind != Holding.Rate && h.IsValidOn(AsOf));

    /// <summary>Whether the customer holds a valid preferential rate on this product.</summary>
    public bool HasRate(string product) => _state.Holdings.Any(h => h.Code == product && h.Kind == Holding.Rate && h.IsValidOn(AsOf));

    /// <summary>Points awarded in the window ending today.</summary>
    public long PointsEarnedWithin(Period window) => (long)_state.PointsEarned.Sum(From(window, AsOf), AsOf);

    /// <summary>Points awarded in the window of the same length just before it.</summary>
    public long PointsEarnedPreviously(Period window) => (long)_state.PointsEarned.Sum(PreviousFrom(window), PreviousTo(window));

    /// <summary>How many events of the kind happened in the window ending today.</summary>
    public decimal CountWithin(string kind, Period window) => _state.ActivityOf(kind).Count.Sum(From(window, AsOf), AsOf);

    /// <summary>How many happened in the window of the same length just before it.</summary>
    public decimal CountPreviously(string kind, Period window) => _state.ActivityOf(kind).Count.Sum(PreviousFrom(window), PreviousTo(window));

    /// <summary>The sum of their amounts in the window ending today.</summary>
    public decimal SumWithin(string kind, Period window) => _state.ActivityOf(kind).Amount.Sum(From(window, AsOf), AsOf);

    /// <summary>The sum of their amounts in the window just before it.</summary>
    public decimal SumPreviously(string kind, Period window) => _state.ActivityOf(kind).Amount.Sum(PreviousFrom(window), PreviousTo(window));

    /// <summary>The mean amount in the window, or null when there was nothing.</summary>
    public decimal? AverageWithin(string kind, Period window)
    {
        var count = CountWithin(kind, window);
        return count > 0 ? SumWithin(kind, window) / count : null;
    }

    /// <summary>The mean amount in the window just before it, or null when there was nothing.</summary>
    public decimal? AveragePreviously(string kind, Period window)
    {
        var count = CountPreviously(kind, window);
        return count > 0 ? SumPreviously(kind, window) / count : null;
    }

    /// <summary>The largest amount in the window ending today, or null when there was nothing.</summary>
    public decimal? MaxWithin(string kind, Period window) => _state.ActivityOf(kind).MaxAmount.Max(From(window, AsOf), AsOf);

    /// <summary>The largest amount in the window just before it, or null when there was nothing.</summary>
    public decimal? MaxPreviously(string kind, Period window) => _state.ActivityOf(kind).MaxAmount.Max(PreviousFrom(window), PreviousTo(window));

    /// <summary>The time since the last event of a kind (since enrolment when there was none).</summary>
    public Duration SinceLast(string kind) => Duration.Between(_state.ActivityOf(kind).Last ?? _state.EnrolledOn, AsOf);

    /// <summary>
    /// Whether a rule limited to once per <paramref name="key"/> (and, with <paramref name="per"/>, per
    /// period) may fire now.
    /// </summary>
    public bool CanFire(string rule, string key, Period? per) =>
        !_state.RuleRecordOf(rule).LastFired.TryGetValue(key, out var last) || (per is { } period && last <= period.Before(AsOf));

    /// <summary>Points the rule awarded in the period ending today (for caps).</summary>
    public long PointsAwardedBy(string rule, Period period) => (long)_state.RuleRecordOf(rule).PointsAwarded.Sum(From(period, AsOf), AsOf);

    /// <inheritdoc />
    public override string ToString() => $"customer {Id} ({TierName}, {Points} points)";

    /// <summary>The first day of the window of <paramref name="window"/> ending on <paramref name="end"/>.</summary>
    internal static DateOnly From(Period window, DateOnly end) => window.Before(end).AddDays(1);

    private DateOnly PreviousTo(Period window) => From(window, AsOf).AddDays(-1);

    private DateOnly PreviousFrom(Period window) => From(window, PreviousTo(window));

    private static DateOnly Birthday(DateOnly born, int year) =>
        born is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year) ? new DateOnly(year, 2, 28) : new DateOnly(year, born.Month, born.Day);
}
