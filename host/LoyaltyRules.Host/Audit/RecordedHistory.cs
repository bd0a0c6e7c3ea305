using JasperFx.Events;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.Audit;

/// <summary>One recorded input with the decisions recorded after it, and the customer's state just before it.</summary>
/// <param name="Input">The input.</param>
/// <param name="Decisions">Its recorded decisions, in order.</param>
/// <param name="Before">The customer's state before the input: read it before moving on (the walk folds this input into it next), or clone it to keep.</param>
/// <param name="Reversed">For a reversal: the decisions the reversed input recorded (null otherwise, or when they are not in the stream).</param>
public sealed record RecordedStep(IInputEvent Input, IReadOnlyList<IDecision> Decisions, CustomerState Before, IReadOnlyList<IDecision>? Reversed);

/// <summary>One recorded input with its recorded decisions.</summary>
/// <param name="Input">The input.</param>
/// <param name="Decisions">Its recorded decisions, in order.</param>
/// <param name="Reversed">For a reversal: the decisions the reversed input recorded (null otherwise, or when they are not in the stream).</param>
/// <param name="End">The index in the stream just past its last decision.</param>
public sealed record RecordedInputEntry(IInputEvent Input, IReadOnlyList<IDecision> Decisions, IReadOnlyList<IDecision>? Reversed, int End);

/// <summary>A customer's stream read as the recording wrote it: each input followed by its decisions.</summary>
public static class RecordedHistory
{
    /// <summary>The stream's inputs in order, each with its decisions and, for a reversal, the reversed input's decisions.</summary>
    public static IEnumerable<RecordedInputEntry> Inputs(string customerId, IReadOnlyList<IEvent> events)
    {
        var decisionsByInput = new Dictionary<string, IReadOnlyList<IDecision>>(StringComparer.Ordinal);
        for (var at = 0; at < events.Count;)
        {
            var input = events[at].Data as IInputEvent
                ?? throw new InvalidOperationException($"Event {events[at].Version} of '{customerId}' is a {events[at].Data.GetType().Name} where an input was expected.");
            var decisions = new List<IDecision>();
            for (at++; at < events.Count && events[at].Data is IDecision decision; at++)
            {
                decisions.Add(decision);
            }

            var reversed = input is TransactionReversed reversal && decisionsByInput.TryGetValue(reversal.ReversedInputId, out var original) ? original : null;
            decisionsByInput[input.InputId] = decisions;
            yield return new RecordedInputEntry(input, decisions, reversed, at);
        }
    }

    /// <summary>
    /// The stream's inputs as <see cref="Inputs"/> gives them, each with the state before it (the fold
    /// of everything recorded earlier). Stops after the step <paramref name="until"/> accepts, when
    /// given (so a late question does not fold further).
    /// </summary>
    public static IEnumerable<RecordedStep> Steps(string customerId, IReadOnlyList<IEvent> events, Func<RecordedStep, bool>? until = null)
    {
        var state = new CustomerState { Id = customerId };
        foreach (var entry in Inputs(customerId, events))
        {
            var step = new RecordedStep(entry.Input, entry.Decisions, state, entry.Reversed);
            yield return step;
            if (until?.Invoke(step) == true)
            {
                yield break;
            }

            Fold(state, entry);
        }
    }

    /// <summary>The state after the stream's first <paramref name="count"/> events.</summary>
    public static CustomerState StateAfter(string customerId, IReadOnlyList<IEvent> events, int count)
    {
        var state = new CustomerState { Id = customerId };
        for (var at = 0; at < count; at++)
        {
            state.ApplyEvent(events[at].Data);
        }

        return state;
    }

    /// <summary>Applies a recorded input and its decisions to <paramref name="state"/>.</summary>
    public static void Fold(CustomerState state, RecordedInputEntry entry)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(entry);
        state.ApplyEvent(entry.Input);
        foreach (var decision in entry.Decisions)
        {
            state.ApplyEvent(decision);
        }
    }
}
