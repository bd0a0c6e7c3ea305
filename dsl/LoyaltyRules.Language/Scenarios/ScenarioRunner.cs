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

    /// <summary>Runs every scenario of <paramref name="file"/> in memory, each for a new customer.</summary>
    public static IReadOnlyList<ScenarioResult> Run(ScenarioFile file, LoyaltyProgram program)
    {
        ArgumentNullException.ThrowIfNull(program);
        var run = RunAsync(file, program.Currency, _ => InMemory(program));
        return run.IsCompletedSuccessfully ? run.Result : throw new InvalidOperationException("An in-memory scenario run completes synchronously.");
    }

    /// <summary>
    /// Runs every scenario of <paramref name="file"/> through recorders that <paramref name="customerFor"/>
    /// gives (one per scenario: a new customer) — in memory, or through the store as the host records inputs.
    /// Amounts without a currency are in <paramref name="programCurrency"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ScenarioResult>> RunAsync(ScenarioFile file, string programCurrency, Func<Scenario, ScenarioRecorder> customerFor)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(customerFor);
        var results = new List<ScenarioResult>();
        foreach (var scenario in file.Scenarios)
        {
            results.Add(await RunAsync(file.Source, scenario, programCurrency, customerFor(scenario)).ConfigureAwait(false));
        }

        return results;
    }

    /// <summary>A customer kept in memory, evaluated with <paramref name="program"/>.</summary>
    public static ScenarioRecorder InMemory(LoyaltyProgram program)
    {
        var state = new CustomerState { Id = "customer" };
        return (input, reversed) =>
        {
            var result = Evaluator.Evaluate(program, Version, state, input, new EvaluationOptions(ReversedDecisions: reversed));
            state = result.State;
            return Task.FromResult(result.Decisions);
        };
    }

    private static async Task<ScenarioResult> RunAsync(SourceText source, Scenario scenario, string programCurrency, ScenarioRecorder record)
    {
        var failures = new List<ScenarioFailure>();
        var labelled = new Dictionary<string, (TransactionRecorded Input, IReadOnlyList<IDecision> Decisions)>(StringComparer.Ordinal);
        for (var index = 0; index < scenario.Steps.Count; index++)
        {
            var step = scenario.Steps[index];
            void Fail(TextSpan span, string message) => failures.Add(new ScenarioFailure(source, span, scenario.Name, message));
            var built = ScenarioInputs.Build(step, index, labelled, programCurrency);
            if (built.Error is { } error)
            {
                Fail(step.Span, error);
                continue;
            }

            IReadOnlyList<IDecision> recorded;
            try
            {
                recorded = await record(built.Input!, built.ReversedDecisions).ConfigureAwait(false);
            }
            catch (InvalidInputException rejected)
            {
                Fail(step.Span, "the input was rejected: " + rejected.Message);
                continue;
            }

            var decisions = recorded.Where(d => d is not RuleFired).ToList();
            Compare(step, decisions, Fail);
            if (step.Label is { } label && built.Input is TransactionRecorded transaction)
            {
                labelled[label] = (transaction, recorded);
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
