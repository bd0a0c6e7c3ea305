using LoyaltyRules.Core.Events;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>How to evaluate one input.</summary>
/// <param name="Trace">What the rules engine records for explanations.</param>
/// <param name="ReversedDecisions">For a reversal: the decisions the reversed input caused when it was evaluated (the host reads them from the stream).</param>
public sealed record EvaluationOptions(TraceLevel Trace = TraceLevel.None, IReadOnlyList<IDecision>? ReversedDecisions = null)
{
    /// <summary>No trace, no reversal data.</summary>
    public static EvaluationOptions Default { get; } = new();
}
