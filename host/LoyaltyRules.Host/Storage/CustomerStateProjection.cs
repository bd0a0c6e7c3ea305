using JasperFx.Events;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using Marten.Events.Aggregation;

namespace LoyaltyRules.Host.Storage;

/// <summary>
/// The customer state, kept inline: every append of a customer's inputs and decisions updates the
/// customer's document in the same transaction, through the very <see cref="CustomerState.ApplyEvent"/>
/// the evaluation pipeline uses — so the stored state is always the state the next evaluation
/// starts from, and reading it never replays the stream.
/// </summary>
internal sealed class CustomerStateProjection : SingleStreamProjection<CustomerState, string>
{
    public override CustomerState? Evolve(CustomerState? snapshot, string id, IEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Data is not (IInputEvent or IDecision))
        {
            // Not a customer's stream (the rule-set stream): no customer state.
            return snapshot;
        }

        var state = snapshot ?? new CustomerState { Id = id };
        state.ApplyEvent(e.Data);
        return state;
    }
}
