using System.Text.Json;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Language.Scenarios;
using LoyaltyRules.Testing;

namespace LoyaltyRules.Language.Tests.Samples;

/// <summary>Evaluating in place (replay's fast path) decides and ends exactly as evaluating on a copy, on every sample scenario.</summary>
public sealed class EvaluateInPlaceTests
{
    [Theory]
    [InlineData("retail-banking")]
    [InlineData("retail-store")]
    public async Task EvaluateInPlace_EverySampleInput_SameDecisionsAndState(string name)
    {
        var program = LoyaltyCompiler.Compile(name + ".loyalty", await File.ReadAllTextAsync(RepositoryLayout.PathOf("rules", name + ".loyalty"), TestContext.Current.CancellationToken)).Program!;
        var path = RepositoryLayout.PathOf("rules", name + ".scenarios");
        var file = ScenarioParser.Parse(new SourceText(path, await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken)));
        var inputs = 0;

        var results = await ScenarioRunner.RunAsync(file, program.Currency, _ =>
        {
            var copied = new CustomerState { Id = "customer" };
            var inPlace = new CustomerState { Id = "customer" };
            return (input, reversed) =>
            {
                var options = new EvaluationOptions(ReversedDecisions: reversed);
                var expected = Evaluator.Evaluate(program, "v1", copied, input, options);
                var actual = Evaluator.EvaluateInPlace(program, "v1", inPlace, input, options);
                Assert.Equal(expected.Decisions, actual.Decisions);
                Assert.Same(inPlace, actual.State);
                Assert.Equal(JsonSerializer.Serialize(expected.State), JsonSerializer.Serialize(inPlace));
                copied = expected.State;
                inputs++;
                return Task.FromResult(expected.Decisions);
            };
        });

        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Failures)));
        Assert.True(inputs > 50, $"only {inputs} inputs");
    }

    [Fact]
    public void EvaluateInPlace_RefusedInput_LeavesTheStateAsItWas()
    {
        var program = LoyaltyCompiler.Compile("p.loyalty", "program \"p\"\nrule \"r\"\n  when purchase\n  then award 1 points\n").Program!;
        var state = new CustomerState { Id = "c" };
        var before = JsonSerializer.Serialize(state);

        Assert.Throws<InvalidInputException>(() => Evaluator.EvaluateInPlace(program, "v1", state, new PointsRedeemed("1", DateTimeOffset.UnixEpoch, 5, "gift", "k")));
        Assert.Equal(before, JsonSerializer.Serialize(state));
    }
}
