using System.Globalization;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Measures;

/// <summary>
/// Computes <see cref="ProgramMeasures"/> from customers' recorded histories, one customer at a time.
/// Pure: the caller reads the histories and says which program was in force when (for the default
/// tier's name). The state at an instant is the fold of the inputs that occurred before it, each with
/// its recorded decisions, in stream order.
/// </summary>
internal sealed class MeasuresCalculator
{
    private readonly ReportingPeriod _period;
    private readonly ReportingPeriod _previous;
    private readonly Snapshot[] _snapshots;
    private readonly Dictionary<string, int> _tierLevels = new(StringComparer.Ordinal);
    private readonly List<string> _unreadable = [];
    private int _active, _activeBefore, _retained, _purchasers, _repeaters, _respondents, _promoters, _passives, _detractors, _enrolled;
    private long _available, _pending;

    /// <summary>A calculator for <paramref name="period"/>; <paramref name="programAt"/> gives the program in force at an instant (null when none was).</summary>
    public MeasuresCalculator(ReportingPeriod period, Func<DateTimeOffset, LoyaltyProgram?> programAt)
    {
        ArgumentNullException.ThrowIfNull(programAt);
        _period = period;
        _previous = period.Previous;
        var snapshots = new List<Snapshot>();
        for (var month = new DateOnly(period.From.Year, period.From.Month, 1); month <= period.To; month = month.AddMonths(1))
        {
            var asOf = month.AddMonths(1).AddDays(-1) < period.To ? month.AddMonths(1).AddDays(-1) : period.To;
            var instant = ReportingPeriod.Midnight(asOf.AddDays(1));
            snapshots.Add(new Snapshot(month.ToString("yyyy-MM", CultureInfo.InvariantCulture), asOf, instant, programAt(instant.AddTicks(-1))));
        }

        _snapshots = [.. snapshots];
        foreach (var tier in _snapshots[^1].Program?.Tiers ?? [])
        {
            _tierLevels[tier.Name] = tier.Level;
        }
    }

    /// <summary>Adds one customer's recorded stream; one that is not a well-formed history is left out, by name.</summary>
    public void Add(CustomerEvents stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        List<RecordedInputEntry> history;
        try
        {
            history = [.. RecordedHistory.Inputs(stream.CustomerId, stream.Events)];
        }
        catch (InvalidOperationException)
        {
            Unreadable(stream.CustomerId);
            return;
        }

        CountActivity(history);
        CountPurchases(history);
        CountNps(history);
        if (IsInTimeOrder(history))
        {
            FoldOnce(stream.CustomerId, history);
        }
        else
        {
            for (var i = 0; i < _snapshots.Length; i++)
            {
                var state = new CustomerState { Id = stream.CustomerId };
                foreach (var entry in history.Where(s => s.Input.OccurredAt < _snapshots[i].Instant))
                {
                    RecordedHistory.Fold(state, entry);
                }

                Take(i, state);
            }
        }
    }

    /// <summary>Leaves out a customer whose stream is not a well-formed history, and says so in the measures.</summary>
    private void Unreadable(string customerId)
    {
        if (_unreadable.Count < ProgramMeasures.MaxUnreadable)
        {
            _unreadable.Add(customerId);
        }
    }

    /// <summary>The measures of every customer added.</summary>
    public ProgramMeasures Build()
    {
        var order = _tierLevels.OrderBy(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
        return new ProgramMeasures(
            _period,
            _previous,
            _active,
            new RateMeasure(_activeBefore, _retained),
            new RateMeasure(_purchasers, _repeaters),
            new NpsMeasure(_respondents, _promoters, _passives, _detractors),
            new LiabilityMeasure(_enrolled, _available, _pending),
            [.. _snapshots.Select(s => new TierSnapshot(s.Month, s.AsOf, [.. order.Select(t => new TierCount(t, s.Counts.GetValueOrDefault(t)))]))],
            _unreadable);
    }

    private void CountActivity(List<RecordedInputEntry> history)
    {
        var own = history.Where(s => s.Input is not SweepEvaluated).Select(s => s.Input.OccurredAt).ToList();
        var now = own.Any(_period.Contains);
        var before = own.Any(_previous.Contains);
        _active += now ? 1 : 0;
        _activeBefore += before ? 1 : 0;
        _retained += now && before ? 1 : 0;
    }

    private void CountPurchases(List<RecordedInputEntry> history)
    {
        var reversed = history.Select(s => s.Input).OfType<TransactionReversed>()
            .Where(r => r.OccurredAt < _period.End).Select(r => r.ReversedInputId).ToHashSet(StringComparer.Ordinal);
        var purchases = history.Select(s => s.Input).OfType<TransactionRecorded>()
            .Count(t => t.Kind == EventKinds.Purchase && _period.Contains(t.OccurredAt) && !reversed.Contains(t.InputId));
        _purchasers += purchases >= 1 ? 1 : 0;
        _repeaters += purchases >= 2 ? 1 : 0;
    }

    private void CountNps(List<RecordedInputEntry> history)
    {
        if (history.Select(s => s.Input).OfType<SurveyAnswered>().LastOrDefault(a => a.Nps is not null && _period.Contains(a.OccurredAt)) is not { Nps: { } score })
        {
            return;
        }

        _respondents++;
        _promoters += score >= 9 ? 1 : 0;
        _passives += score is 7 or 8 ? 1 : 0;
        _detractors += score <= 6 ? 1 : 0;
    }

    /// <summary>For a history in time order: one fold, taking each snapshot as the fold passes its instant.</summary>
    private void FoldOnce(string customerId, List<RecordedInputEntry> history)
    {
        var state = new CustomerState { Id = customerId };
        var next = 0;
        foreach (var step in history)
        {
            while (next < _snapshots.Length && step.Input.OccurredAt >= _snapshots[next].Instant)
            {
                Take(next++, state);
            }

            if (next == _snapshots.Length)
            {
                return;
            }

            RecordedHistory.Fold(state, step);
        }

        while (next < _snapshots.Length)
        {
            Take(next++, state);
        }
    }

    /// <summary>Whether the inputs are in time order (then one fold can take every snapshot as it passes).</summary>
    private static bool IsInTimeOrder(List<RecordedInputEntry> history)
    {
        for (var i = 1; i < history.Count; i++)
        {
            if (history[i].Input.OccurredAt < history[i - 1].Input.OccurredAt)
            {
                return false;
            }
        }

        return true;
    }

    private void Take(int index, CustomerState state)
    {
        if (!state.Enrolled)
        {
            return;
        }

        var snapshot = _snapshots[index];
        var tier = TierLabels.Of(state, snapshot.Program);
        snapshot.Counts[tier] = snapshot.Counts.GetValueOrDefault(tier) + 1;
        _tierLevels.TryAdd(tier, state.TierLevel);
        if (index == _snapshots.Length - 1)
        {
            _enrolled++;
            _available += state.AvailablePoints;
            _pending += state.PendingPointsTotal;
        }
    }

    private sealed record Snapshot(string Month, DateOnly AsOf, DateTimeOffset Instant, LoyaltyProgram? Program)
    {
        public Dictionary<string, int> Counts { get; } = new(StringComparer.Ordinal);
    }
}
