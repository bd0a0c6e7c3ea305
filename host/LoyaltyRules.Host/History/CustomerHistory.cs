using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.History;

/// <summary>A customer's stream read into memory as inputs, each with its recorded decisions, in stream order.</summary>
/// <param name="CustomerId">The customer (the stream id).</param>
/// <param name="Steps">Every input with its decisions, in stream order.</param>
public sealed record CustomerHistory(string CustomerId, IReadOnlyList<RecordedStep> Steps)
{
    /// <summary>Groups a stream's events (in stream order) into steps; throws when a decision comes before any input.</summary>
    public static CustomerHistory From(string customerId, IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var steps = new List<RecordedStep>();
        IInputEvent? input = null;
        var decisions = new List<IDecision>();
        foreach (var @event in events)
        {
            switch (@event)
            {
                case IInputEvent next:
                    if (input is not null)
                    {
                        steps.Add(new RecordedStep(input, decisions));
                        decisions = [];
                    }

                    input = next;
                    break;
                case IDecision decision when input is not null:
                    decisions.Add(decision);
                    break;
                default:
                    throw new InvalidOperationException($"The stream of '{customerId}' holds a {@event.GetType().Name} where an input was expected.");
            }
        }

        if (input is not null)
        {
            steps.Add(new RecordedStep(input, decisions));
        }

        return new CustomerHistory(customerId, steps);
    }

    /// <summary>Whether the inputs are in time order (then a fold up to an instant can stop at the first later input).</summary>
    public bool IsInTimeOrder()
    {
        for (var i = 1; i < Steps.Count; i++)
        {
            if (Steps[i].Input.OccurredAt < Steps[i - 1].Input.OccurredAt)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Applies a step as recorded: the input, then each of its decisions.</summary>
    public static void Apply(CustomerState state, RecordedStep step)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(step);
        state.ApplyEvent(step.Input);
        foreach (var decision in step.Decisions)
        {
            state.ApplyEvent(decision);
        }
    }
}
