using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Host.History;

/// <summary>One recorded input of a customer's stream with the decisions recorded after it.</summary>
/// <param name="Input">The input.</param>
/// <param name="Decisions">The decisions it caused, in stream order.</param>
public sealed record RecordedStep(IInputEvent Input, IReadOnlyList<IDecision> Decisions);
