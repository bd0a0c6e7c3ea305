using System.Globalization;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// One customer's state under the draft from the period's start on. It owns its state and evaluates in
/// place (no copy per input). Sweeps are its own: one for every day of the period, dated as the host's
/// daily sweep dates them (the day's midnight, UTC), evaluated after any input of that very instant and
/// before the day's later ones, for a customer enrolled and not yet swept for that day.
/// </summary>
internal sealed class DraftSide
{
    /// <summary>The rule-set version the draft's decisions name.</summary>
    public const string Version = "draft";

    private readonly LoyaltyProgram _draft;
    private readonly ReportingPeriod _period;
    private readonly CustomerState _start;
    private readonly List<object> _applied = [];
    private readonly Dictionary<string, IReadOnlyList<IDecision>> _transactions = new(StringComparer.Ordinal);
    private readonly List<RefusedInput> _refused = [];
    private DateOnly _nextSweep;

    /// <summary>Forks the draft side from <paramref name="recorded"/>, the recorded state at the period's start (copied, not kept).</summary>
    public DraftSide(LoyaltyProgram draft, ReportingPeriod period, CustomerState recorded)
    {
        _draft = draft;
        _period = period;
        _start = recorded.Clone();
        State = recorded.Clone();
        _nextSweep = period.From;
    }

    /// <summary>The customer's state under the draft.</summary>
    public CustomerState State { get; private set; }

    /// <summary>What the draft decided over the period.</summary>
    public Tally Tally { get; } = new();

    /// <summary>The inputs the draft refused.</summary>
    public IReadOnlyList<RefusedInput> Refused => _refused;

    /// <summary>How many sweeps were evaluated under the draft.</summary>
    public int Sweeps { get; private set; }

    /// <summary>Applies an input that occurred before the period (out of stream order) as recorded.</summary>
    public void ApplyRecorded(IInputEvent input, IReadOnlyList<IDecision> decisions)
    {
        Apply(input);
        foreach (var decision in decisions)
        {
            Apply(decision);
        }
    }

    /// <summary>Evaluates the sweeps of the period's days whose midnight comes before <paramref name="instant"/>.</summary>
    public void SweepBefore(DateTimeOffset instant)
    {
        for (; _nextSweep <= _period.To && ReportingPeriod.Midnight(_nextSweep) < instant; _nextSweep = _nextSweep.AddDays(1))
        {
            if (State.Enrolled && (State.LastSweep is null || State.LastSweep < _nextSweep))
            {
                Sweeps++;
                var id = "sweep:" + _nextSweep.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Evaluate(new SweepEvaluated(id, ReportingPeriod.Midnight(_nextSweep), _nextSweep), null);
            }
        }
    }

    /// <summary>
    /// Evaluates <paramref name="input"/> under the draft; a reversal takes back what the draft awarded the reversed
    /// input when it was in the period, else <paramref name="recordedReversed"/>, what the reversed input recorded.
    /// </summary>
    public void Evaluate(IInputEvent input, IReadOnlyList<IDecision>? recordedReversed)
    {
        var reversed = input is TransactionReversed reversal
            ? _transactions.GetValueOrDefault(reversal.ReversedInputId) ?? recordedReversed ?? []
            : null;
        try
        {
            var result = Evaluator.EvaluateInPlace(_draft, Version, State, input, new EvaluationOptions(ReversedDecisions: reversed));
            _applied.Add(input);
            _applied.AddRange(result.Decisions);
            Tally.Add(result.Decisions);
            if (input is TransactionRecorded)
            {
                _transactions[input.InputId] = result.Decisions;
            }
        }
        catch (InvalidInputException ex)
        {
            // Refused before anything was applied: the state is as it was.
            Refuse(input, ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Failed half-way: the state is rebuilt without this input.
            Rebuild();
            Refuse(input, $"the draft failed on this input: {ex.Message}");
        }
    }

    private void Refuse(IInputEvent input, string reason)
    {
        if (input is TransactionRecorded)
        {
            _transactions[input.InputId] = [];
        }

        _refused.Add(new RefusedInput(State.Id, input.InputId, EventKinds.Of(input), input.OccurredAt, reason));
    }

    private void Apply(object @event)
    {
        State.ApplyEvent(@event);
        _applied.Add(@event);
    }

    private void Rebuild()
    {
        State = _start.Clone();
        foreach (var @event in _applied)
        {
            State.ApplyEvent(@event);
        }
    }
}
