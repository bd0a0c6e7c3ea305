using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.Evaluation;

/// <summary>What recording an input did.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Input">The input as recorded (with its id).</param>
/// <param name="Decisions">The decisions it caused, in stream order.</param>
/// <param name="RuleSetVersion">The rule-set version it was evaluated with.</param>
/// <param name="Duplicate">True when the idempotency key was already recorded: nothing was appended, and these are the original decisions.</param>
/// <param name="Appended">Whether the input and its decisions were appended (false for a duplicate, and for a sweep that decided nothing).</param>
/// <param name="State">The customer's state after it (null for a duplicate, and for an input whose commit answer was lost and whose record was found again: read the current state instead).</param>
public sealed record RecordOutcome(
    string CustomerId, IInputEvent Input, IReadOnlyList<IDecision> Decisions, string RuleSetVersion, bool Duplicate, bool Appended, CustomerState? State);
