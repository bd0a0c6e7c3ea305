using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>
/// Runs scenarios against a compiled program with the real evaluation pipeline: the customer starts
/// empty, each event is evaluated and its decisions applied, and each event must cause exactly the
/// decisions its <c>expect</c> lines list — no more, no fewer (the bookkeeping of 'once' limits aside).
/// </summary>
public static class ScenarioRunner
{
    /// <summary>The rule-set version scenario decisions carry.</summary>
    public const string Version = "scenario";

    /// <summary>Runs every scenario of <paramref name="file"/>.</summary>
    public static IReadOnlyList<ScenarioResult> Run(ScenarioFile file, LoyaltyProgram program)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(program);
        return [.. file.Scenarios.Select(s => Run(file.Source, s, program))];
    }

    private static ScenarioResult Run(SourceText source, Scenario scenario, LoyaltyProgram program)
    {
        var failures = new List<ScenarioFailure>();
        var state = new CustomerState { Id = "customer" };
        var labelled = new Dictionary<string, (TransactionRecorded Input, IReadOnlyList<IDecision> Decisions)>(StringComparer.Ordinal);
        for (var index = 0; index < scenario.Steps.Count; index++)
        {
            var step = scenario.Steps[index];
            void Fail(TextSpan span, string message) => failures.Add(new ScenarioFailure(source, span, scenario.Name, message));
            var built = ScenarioInputs.Build(step, index, labelled, program.Currency);
            if (built.Error is { } error)
            {
                Fail(step.Span, error);
                continue;
            }

            EvaluationResult result;
            try
            {
                result = Evaluator.Evaluate(program, Version, state, built.Input!, new EvaluationOptions(ReversedDecisions: built.ReversedDecisions));
            }
            catch (InvalidInputException rejected)
            {
                Fail(step.Span, "the input was rejected: " + rejected.Message);
                continue;
            }

            var decisions = result.Decisions.Where(d => d is not RuleFired).ToList();
            Compare(step, decisions, Fail);
            state = result.State;
            if (step.Label is { } label && built.Input is TransactionRecorded transaction)
            {
                labelled[label] = (transaction, result.Decisions);
            }
        }

        return new ScenarioResult(source, scenario, failures);
    }

    /// <summary>Matches expectations to decisions one to one; reports the expectations left over and the decisions left over.</summary>
    private static void Compare(ScenarioStep step, List<IDecision> decisions, Action<TextSpan, string> fail)
    {
        var unmatched = new List<IDecision>(decisions);
        foreach (var expected in step.Expectations)
        {
            var match = unmatched.FindIndex(d => ExpectationMatch.Matches(expected, d));
            if (match >= 0)
            {
                unmatched.RemoveAt(match);
                continue;
            }

            var caused = decisions.Count == 0 ? "the event decided nothing" : "the event decided: " + string.Join("; ", decisions.Select(DecisionText.Describe));
            fail(expected.Span, $"expected {DecisionText.Describe(expected)}, but {caused}");
        }

        foreach (var decision in unmatched)
        {
            fail(step.Span, $"unexpected decision: {DecisionText.Describe(decision)} (add 'expect {DecisionText.Describe(decision)}' if it is right)");
        }
    }
}
