using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Storage;

namespace LoyaltyRules.Host.Evaluation;

/// <summary>An input as it sits in the stream, with the decisions it caused.</summary>
public sealed record RecordedEvaluation(RecordedInput Record, IInputEvent Input, IReadOnlyList<IDecision> Decisions);
