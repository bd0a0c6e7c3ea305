using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// The what-if calculation for one customer, pure (no I/O, no clock). Inputs before the period are
/// applied as recorded; from the first input in the period the customer's state forks: the recorded
/// side applies each input with its recorded decisions, the draft side re-evaluates each input under
/// the draft program and evolves with what the draft decided. Inputs after the period are ignored.
/// </summary>
internal static class CustomerSimulator
{
    /// <summary>The rule-set version the draft's decisions name.</summary>
    public const string DraftVersion = "draft";

    /// <summary>
    /// Simulates <paramref name="history"/> over <paramref name="period"/> under <paramref name="draft"/>;
    /// <paramref name="recordedProgram"/> (the version in force at the period's end) names the default tier
    /// on the recorded side. Null when the customer has no input in the period.
    /// </summary>
    public static CustomerOutcome? Simulate(CustomerHistory history, ReportingPeriod period, LoyaltyProgram draft, LoyaltyProgram? recordedProgram)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(draft);
        var recorded = new CustomerState { Id = history.CustomerId };
        CustomerState? simulated = null;
        var recordedTally = new Tally();
        var draftTally = new Tally();
        var recordedByInput = new Dictionary<string, IReadOnlyList<IDecision>>(StringComparer.Ordinal);
        var draftByInput = new Dictionary<string, IReadOnlyList<IDecision>>(StringComparer.Ordinal);
        var refused = new List<RefusedInput>();
        var inputs = 0;
        foreach (var step in history.Steps)
        {
            var input = step.Input;
            if (input.OccurredAt >= period.End)
            {
                continue;
            }

            if (input.OccurredAt < period.Start)
            {
                recordedByInput[input.InputId] = step.Decisions;
                CustomerHistory.Apply(recorded, step);
                if (simulated is not null)
                {
                    CustomerHistory.Apply(simulated, step);
                }

                continue;
            }

            inputs++;
            simulated ??= recorded.Clone();
            CustomerHistory.Apply(recorded, step);
            recordedTally.Add(step.Decisions);
            try
            {
                var result = Evaluator.Evaluate(draft, DraftVersion, simulated, input, new EvaluationOptions(ReversedDecisions: Reversed(input, draftByInput, recordedByInput)));
                simulated = result.State;
                draftTally.Add(result.Decisions);
                draftByInput[input.InputId] = result.Decisions;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                draftByInput[input.InputId] = [];
                var reason = ex is InvalidInputException ? ex.Message : $"the draft failed on this input: {ex.Message}";
                refused.Add(new RefusedInput(history.CustomerId, input.InputId, EventKinds.Of(input), input.OccurredAt, reason));
            }
        }

        return simulated is null
            ? null
            : new CustomerOutcome(history.CustomerId, inputs, recordedTally.Outcome(recorded, recordedProgram), draftTally.Outcome(simulated, draft), refused);
    }

    /// <summary>For a reversal: what the reversed input decided on the draft side (in the period) or as recorded (before it).</summary>
    private static IReadOnlyList<IDecision>? Reversed(IInputEvent input, Dictionary<string, IReadOnlyList<IDecision>> draftByInput, Dictionary<string, IReadOnlyList<IDecision>> recordedByInput) =>
        input is not TransactionReversed reversal
            ? null
            : draftByInput.TryGetValue(reversal.ReversedInputId, out var drafted) ? drafted
            : recordedByInput.GetValueOrDefault(reversal.ReversedInputId) ?? [];

    /// <summary>What one side decided over the period.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<GrantKey, int> _grants = [];
        private long _points;
        private int _decisions;

        public void Add(IReadOnlyList<IDecision> decisions)
        {
            _decisions += decisions.Count;
            foreach (var decision in decisions)
            {
                if (decision is PointsAwarded awarded)
                {
                    _points += awarded.Points;
                }
                else if (GrantKey.Of(decision) is { } grant)
                {
                    _grants[grant] = _grants.GetValueOrDefault(grant) + 1;
                }
            }
        }

        public SideOutcome Outcome(CustomerState state, LoyaltyProgram? program) =>
            new(state.AvailablePoints + state.PendingPointsTotal, TierLabels.Of(state, program), state.TierLevel, _points, _decisions, _grants);
    }
}
