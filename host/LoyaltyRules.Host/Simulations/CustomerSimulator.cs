using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
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
    /// Simulates <paramref name="history"/> over <paramref name="period"/> under <paramref name="draft"/>;
    /// <paramref name="recordedProgram"/> (the version in force at the period's end) names the tiers on the
    /// recorded side, the draft on its side: each side's tier is named by its own program, by level.
    /// Null when the customer is not enrolled by the period's end.
    /// </summary>
    public static CustomerOutcome? Simulate(CustomerHistory history, ReportingPeriod period, Core.Evaluation.LoyaltyProgram draft, Core.Evaluation.LoyaltyProgram? recordedProgram)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(draft);
        var recorded = new CustomerState { Id = history.CustomerId };
        DraftSide? side = null;
        var recordedTally = new Tally();
        var recordedByInput = new Dictionary<string, IReadOnlyList<IDecision>>(StringComparer.Ordinal);
        var inputs = 0;
        foreach (var step in history.Steps)
        {
            var input = step.Input;
            if (input.OccurredAt >= period.End)
            {
                continue;
            }

            recordedByInput[input.InputId] = step.Decisions;
            if (input.OccurredAt < period.Start)
            {
                CustomerHistory.Apply(recorded, step);
                side?.ApplyRecorded(step.Input, step.Decisions);
                continue;
            }

            side ??= new DraftSide(draft, period, recorded);
            side.SweepBefore(input.OccurredAt);
            CustomerHistory.Apply(recorded, step);
            recordedTally.Add(step.Decisions);
            if (input is not SweepEvaluated)
            {
                inputs++;
                side.Evaluate(input, reversal => recordedByInput.GetValueOrDefault(reversal.ReversedInputId) ?? []);
            }
        }

        side ??= new DraftSide(draft, period, recorded);
        side.SweepBefore(period.End);
        return recorded.Enrolled || side.State.Enrolled
            ? new CustomerOutcome(history.CustomerId, inputs, side.Sweeps, recordedTally.Outcome(recorded, TierLabels.OfLevel(recorded.TierLevel, recordedProgram, recorded.TierName)),
                side.Tally.Outcome(side.State, TierLabels.OfLevel(side.State.TierLevel, draft)), side.Refused)
            : null;
    }
}
