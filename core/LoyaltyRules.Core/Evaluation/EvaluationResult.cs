using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>What an evaluation decided.</summary>
/// <param name="Input">The input evaluated.</param>
/// <param name="Decisions">The decisions, in the order they were made (the order to append them in).</param>
/// <param name="Trace">The rules engine's trace (empty unless asked for).</param>
/// <param name="State">The customer's state after the input and the decisions.</param>
public sealed record EvaluationResult(IInputEvent Input, IReadOnlyList<IDecision> Decisions, SessionTrace Trace, CustomerState State);
