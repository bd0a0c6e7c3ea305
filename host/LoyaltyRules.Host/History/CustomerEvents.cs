using JasperFx.Events;

namespace LoyaltyRules.Host.History;

/// <summary>A customer's stream as read, not yet interpreted (so a malformed one fails only where it is read as a history).</summary>
/// <param name="CustomerId">The customer (the stream id).</param>
/// <param name="Events">The stream's events in version order.</param>
public sealed record CustomerEvents(string CustomerId, IReadOnlyList<IEvent> Events);
