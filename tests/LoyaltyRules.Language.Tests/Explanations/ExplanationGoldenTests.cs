using System.Text;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Core.State;
using LoyaltyRules.Language.Scenarios;
using LoyaltyRules.Testing;

namespace LoyaltyRules.Language.Tests.Explanations;

/// <summary>
/// The explanation of every decision the sample programs' scenarios make, and why each rule for the
/// same kind of input did not fire, pinned in <c>name.explanations.golden</c> beside this file. After
/// a deliberate change, regenerate with <c>LOYALTY_UPDATE_GOLDENS=1</c> and review the difference.
/// </summary>
public sealed class ExplanationGoldenTests
{
    public static TheoryData<string> Programs => [.. Directory.GetFiles(RepositoryLayout.PathOf("rules"), "*.loyalty").Select(p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Programs))]
    public async Task Explanations_OfSampleScenarios_MatchTheGoldenText(string name)
    {
        var text = await ExplainScenariosAsync(name);
        var golden = RepositoryLayout.PathOf("tests", "LoyaltyRules.Language.Tests", "Explanations", name + ".explanations.golden");

        if (Environment.GetEnvironmentVariable("LOYALTY_UPDATE_GOLDENS") == "1")
        {
            await File.WriteAllTextAsync(golden, text, TestContext.Current.CancellationToken);
        }

        Assert.True(File.Exists(golden), $"{golden} is missing: run the tests once with LOYALTY_UPDATE_GOLDENS=1 and review it.");
        Assert.Equal(await File.ReadAllTextAsync(golden, TestContext.Current.CancellationToken), text);
    }

    private static async Task<string> ExplainScenariosAsync(string name)
    {
        var rules = RepositoryLayout.PathOf("rules", name + ".loyalty");
        var program = LoyaltyCompiler.Compile(name + ".loyalty", await File.ReadAllTextAsync(rules, TestContext.Current.CancellationToken)).Program!;
        var scenarios = RepositoryLayout.PathOf("rules", name + ".scenarios");
        var file = ScenarioParser.Parse(new SourceText(scenarios, await File.ReadAllTextAsync(scenarios, TestContext.Current.CancellationToken)));
        var text = new StringBuilder();
        var results = await ScenarioRunner.RunAsync(file, program.Currency, scenario =>
        {
            text.Append("## ").Append(scenario.Name).Append('\n');
            var state = new CustomerState { Id = "customer" };
            return (input, reversed) =>
            {
                var explanation = InputExplanation.Evaluate(program, "v1", state, input, new(ReversedDecisions: reversed));
                text.Append("- ").Append(EventKinds.Of(input)).Append(' ').Append(input.InputId).Append('\n');
                foreach (var decision in explanation.Result.Decisions.Where(d => d is not RuleFired))
                {
                    var explained = explanation.Explain(decision);
                    Assert.True(explained.Reproduced, explained.Sentence);
                    text.Append("  + ").Append(explained.Sentence).Append('\n');
                }

                foreach (var miss in explanation.WhyNot().Where(m => m.Conditions.Count > 0))
                {
                    text.Append("  - ").Append(miss.Sentence).Append('\n');
                }

                state = explanation.Result.State;
                return Task.FromResult(explanation.Result.Decisions);
            };
        });

        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Failures)));
        return text.ToString();
    }
}
