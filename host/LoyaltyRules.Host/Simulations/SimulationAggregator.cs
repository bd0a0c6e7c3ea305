using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Host.History;
using LoyaltyRules.Host.Measures;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// Adds customers' outcomes up into a <see cref="SimulationReport"/>. Pure; one per simulation, not thread-safe.
/// <paramref name="recordedProgram"/> and <paramref name="draftProgram"/> name a tier level that only the other side reaches.
/// </summary>
internal sealed class SimulationAggregator(int top, LoyaltyProgram? recordedProgram, LoyaltyProgram draftProgram)
{
    /// <summary>The most changed customers the report lists one by one.</summary>
    public const int MaxCustomerRows = 10_000;

    /// <summary>The most refused inputs the report lists one by one.</summary>
    public const int MaxRefusedRows = 1_000;

    /// <summary>The most customers that could not be simulated the report lists one by one.</summary>
    public const int MaxFailureRows = 1_000;

    private readonly List<(long Recorded, long Draft)> _balances = [];
    private readonly Dictionary<(int From, int To), int> _migrations = [];
    private readonly SortedDictionary<int, string> _recordedTiers = [];
    private readonly SortedDictionary<int, string> _draftTiers = [];
    private readonly Dictionary<GrantKey, (int Recorded, int Draft)> _grants = [];
    private readonly PriorityQueue<CustomerDifference, CustomerDifference> _mostAffected = new(MostAffectedOrder.Reversed);
    private readonly List<CustomerDifference> _changed = [];
    private readonly List<RefusedInput> _refused = [];
    private readonly List<CustomerFailure> _failures = [];
    private int _customers, _changedCount, _inputs, _sweeps, _refusedCount, _failureCount, _upgraded, _downgraded, _unchanged;
    private long _liabilityRecorded, _liabilityDraft, _pointsRecorded, _pointsDraft, _decisionsRecorded, _decisionsDraft;

    /// <summary>Adds one customer's outcome.</summary>
    public void Add(CustomerOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        _customers++;
        _inputs += outcome.Inputs;
        _sweeps += outcome.Sweeps;
        var (recorded, draft) = (outcome.Recorded, outcome.Draft);
        _liabilityRecorded += recorded.Liability;
        _liabilityDraft += draft.Liability;
        _pointsRecorded += recorded.PointsAwarded;
        _pointsDraft += draft.PointsAwarded;
        _decisionsRecorded += recorded.Decisions;
        _decisionsDraft += draft.Decisions;
        _balances.Add((recorded.Liability, draft.Liability));
        Migrate(recorded, draft);
        foreach (var (grant, n) in recorded.Grants)
        {
            _grants[grant] = (_grants.GetValueOrDefault(grant).Recorded + n, _grants.GetValueOrDefault(grant).Draft);
        }

        foreach (var (grant, n) in draft.Grants)
        {
            _grants[grant] = (_grants.GetValueOrDefault(grant).Recorded, _grants.GetValueOrDefault(grant).Draft + n);
        }

        _refusedCount += outcome.Refused.Count;
        _refused.AddRange(outcome.Refused.Take(MaxRefusedRows - _refused.Count));
        if (!outcome.Changed)
        {
            return;
        }

        _changedCount++;
        var difference = Difference(outcome);
        if (_changed.Count < MaxCustomerRows)
        {
            _changed.Add(difference);
        }

        _mostAffected.Enqueue(difference, difference);
        if (_mostAffected.Count > top)
        {
            _mostAffected.Dequeue();
        }
    }

    /// <summary>Records a customer that could not be simulated.</summary>
    public void Fail(string customerId, string reason)
    {
        _failureCount++;
        if (_failures.Count < MaxFailureRows)
        {
            _failures.Add(new CustomerFailure(customerId, reason));
        }
    }

    /// <summary>The report.</summary>
    public SimulationReport Build(ReportingPeriod period, DraftDescription draft, int customersEnrolled, int? sample, ProgramMeasures? measures)
    {
        var levels = _recordedTiers.Keys.Union(_draftTiers.Keys).Order().ToList();
        IReadOnlyList<IReadOnlyList<int>> counts = [.. levels.Select(from => (IReadOnlyList<int>)[.. levels.Select(to => _migrations.GetValueOrDefault((from, to)))])];
        IReadOnlyList<string> recordedTiers = [.. levels.Select(l => _recordedTiers.GetValueOrDefault(l) ?? TierLabels.OfLevel(l, recordedProgram))];
        IReadOnlyList<string> draftTiers = [.. levels.Select(l => _draftTiers.GetValueOrDefault(l) ?? TierLabels.OfLevel(l, draftProgram))];
        var grants = _grants.OrderBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Code, StringComparer.Ordinal)
            .Select(g => new GrantComparison(g.Key.Kind, g.Key.Code, g.Value.Recorded, g.Value.Draft)).ToList();
        return new SimulationReport(
            period, draft, customersEnrolled, sample, _customers, _changedCount, _inputs, _sweeps,
            new Comparison(_liabilityRecorded, _liabilityDraft),
            new Comparison(_pointsRecorded, _pointsDraft),
            new Comparison(_decisionsRecorded, _decisionsDraft),
            new TierMigration(levels, recordedTiers, draftTiers, counts, _upgraded, _downgraded, _unchanged),
            grants,
            PointsHistogram.Build(_balances),
            [.. _mostAffected.UnorderedItems.Select(i => i.Element).Order(MostAffectedOrder.Instance)],
            [.. _changed.OrderBy(c => c.CustomerId, StringComparer.Ordinal)],
            _changedCount > _changed.Count,
            _refusedCount,
            _refused,
            _failureCount,
            _failures,
            measures);
    }

    private void Migrate(SideOutcome recorded, SideOutcome draft)
    {
        _migrations[(recorded.TierLevel, draft.TierLevel)] = _migrations.GetValueOrDefault((recorded.TierLevel, draft.TierLevel)) + 1;
        _recordedTiers.TryAdd(recorded.TierLevel, recorded.Tier);
        _draftTiers.TryAdd(draft.TierLevel, draft.Tier);
        if (draft.TierLevel > recorded.TierLevel)
        {
            _upgraded++;
        }
        else if (draft.TierLevel < recorded.TierLevel)
        {
            _downgraded++;
        }
        else
        {
            _unchanged++;
        }
    }

    private static CustomerDifference Difference(CustomerOutcome outcome) =>
        new(outcome.CustomerId, outcome.Recorded.Liability, outcome.Draft.Liability, outcome.LiabilityChange, outcome.Recorded.Tier, outcome.Draft.Tier, outcome.TierChanged,
            outcome.Recorded.PointsAwarded, outcome.Draft.PointsAwarded, outcome.Recorded.GrantCount, outcome.Draft.GrantCount, outcome.Inputs, outcome.Refused.Count);

    /// <summary>Most affected first: the largest absolute liability change, then a tier change, then by id.</summary>
    private sealed class MostAffectedOrder(bool reversed) : IComparer<CustomerDifference>
    {
        public static readonly MostAffectedOrder Instance = new(false);

        public static readonly MostAffectedOrder Reversed = new(true);

        public int Compare(CustomerDifference? x, CustomerDifference? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var order = Math.Abs(y.LiabilityChange).CompareTo(Math.Abs(x.LiabilityChange));
            if (order == 0)
            {
                order = y.TierChanged.CompareTo(x.TierChanged);
            }

            if (order == 0)
            {
                order = string.CompareOrdinal(x.CustomerId, y.CustomerId);
            }

            return reversed ? -order : order;
        }
    }
}
