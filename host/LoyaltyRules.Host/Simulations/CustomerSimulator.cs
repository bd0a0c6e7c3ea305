using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// The what-if calculation for one customer, pure (no I/O, no clock). Inputs before the period are
/// applied as recorded; at the period's start the customer's state forks: the recorded side applies
/// each input with its recorded decisions, the draft side re-evaluates each of the customer's own
/// inputs under the draft program and evolves with what the draft decided. The recorded sweeps are not
/// the draft's: the draft side is swept every day of the period, as the host's daily sweep would have
/// swept it. Inputs after the period are ignored.
/// </summary>
internal static class CustomerSimulator
{
    /// <summary>The rule-set version the draft's decisions name.</summary>
    public const string DraftVersion = DraftSide.Version;

    /// <summary>
    /// Simulates the customer's recorded <paramref name="stream"/> over <paramref name="period"/> under <paramref name="draft"/>;
    /// <paramref name="recordedProgram"/> (the version in force at the period's end) names the tiers on the
    /// recorded side, the draft on its side: each side's tier is named by its own program, by level.
    /// Null when the customer is not enrolled by the period's end.
    /// </summary>
    public static CustomerOutcome? Simulate(CustomerEvents stream, ReportingPeriod period, Core.Evaluation.LoyaltyProgram draft, Core.Evaluation.LoyaltyProgram? recordedProgram)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(draft);
        var recorded = new CustomerState { Id = stream.CustomerId };
        DraftSide? side = null;
        var recordedTally = new Tally();
        var inputs = 0;
        foreach (var entry in RecordedHistory.Inputs(stream.CustomerId, stream.Events))
        {
            var input = entry.Input;
            if (input.OccurredAt >= period.End)
            {
                continue;
            }

            if (input.OccurredAt < period.Start)
            {
                RecordedHistory.Fold(recorded, entry);
                side?.ApplyRecorded(entry.Input, entry.Decisions);
                continue;
            }

            side ??= new DraftSide(draft, period, recorded);
            side.SweepBefore(input.OccurredAt);
            RecordedHistory.Fold(recorded, entry);
            recordedTally.Add(entry.Decisions);
            if (input is not SweepEvaluated)
            {
                inputs++;
                side.Evaluate(input, entry.Reversed);
            }
        }

        side ??= new DraftSide(draft, period, recorded);
        side.SweepBefore(period.End);
        return recorded.Enrolled || side.State.Enrolled
            ? new CustomerOutcome(stream.CustomerId, inputs, side.Sweeps, recordedTally.Outcome(recorded, TierLabels.OfLevel(recorded.TierLevel, recordedProgram, recorded.TierName)),
                side.Tally.Outcome(side.State, TierLabels.OfLevel(side.State.TierLevel, draft)), side.Refused)
            : null;
    }
}
