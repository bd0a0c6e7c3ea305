using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>
/// Records one input of a scenario for its customer and returns the decisions it caused (for a
/// reversal, <paramref name="reversedDecisions"/> are what the reversed input caused). Throws
/// <see cref="Core.Evaluation.InvalidInputException"/> when the input is rejected.
/// </summary>
public delegate Task<IReadOnlyList<IDecision>> ScenarioRecorder(IInputEvent input, IReadOnlyList<IDecision>? reversedDecisions);
