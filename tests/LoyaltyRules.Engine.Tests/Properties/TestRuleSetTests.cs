using FsCheck;
using FsCheck.Fluent;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Checks the properties' inputs without the engine: the rules are valid and the scenarios reach every rule.</summary>
public sealed class TestRuleSetTests
{
    [Fact]
    public void Validate_TestRuleSet_ReportsNoProblem()
    {
        Assert.Empty(RuleModelValidator.Validate(TestRuleSet.Rules));
    }

    [Fact]
    public void Sample_GeneratedScenarios_MatchEveryRuleAlternativeInManyScenarios()
    {
        var reference = new ReferenceEvaluator(TestRuleSet.Rules);
        var scenarios = ScenarioArbitrary.Create(withFiring: false).Generator.Sample(200, new Rnd(20261123), 30);
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var scenario in scenarios)
        {
            var matched = new HashSet<string>(StringComparer.Ordinal);
            var universe = new FactUniverse();
            var memory = new WorkingMemoryModel();
            foreach (var operation in scenario.Operations)
            {
                Apply(operation, universe, memory);
                matched.UnionWith(reference.Evaluate(memory.Facts).Select(match => $"{match.Rule.Name}#{match.Alternative}"));
            }

            foreach (var key in matched)
            {
                hits[key] = hits.GetValueOrDefault(key) + 1;
            }
        }

        var expected = TestRuleSet.Rules.SelectMany(rule => LeftHandSideExpansion.Expand(rule.LeftHandSide).Select((_, i) => $"{rule.Name}#{i}"));
        var rare = expected.Where(key => hits.GetValueOrDefault(key) < 20).Select(key => $"{key}: {hits.GetValueOrDefault(key)}").ToList();
        Assert.True(rare.Count == 0, $"Alternatives matched in fewer than 20 of 200 scenarios: {string.Join(", ", rare)}");
    }

    private static void Apply(Operation operation, FactUniverse universe, WorkingMemoryModel memory)
    {
        var fact = universe.Facts[operation.Fact];
        switch (operation.Kind)
        {
            case OperationKind.Insert when !memory.Contains(fact):
                universe.Assign(operation.Fact, operation.First, operation.Second);
                memory.Insert(fact);
                break;
            case OperationKind.Update when memory.Contains(fact):
                universe.Assign(operation.Fact, operation.First, operation.Second);
                break;
            case OperationKind.Retract when memory.Contains(fact):
                memory.Retract(fact);
                break;
            case OperationKind.InsertAll:
                foreach (var index in operation.Batch.Where(i => !memory.Contains(universe.Facts[i])))
                {
                    universe.Assign(index, operation.First, operation.SecondFor(index));
                    memory.Insert(universe.Facts[index]);
                }

                break;
            case OperationKind.RetractAll:
                foreach (var present in operation.Batch.Select(i => universe.Facts[i]).Where(memory.Contains).ToList())
                {
                    memory.Retract(present);
                }

                break;
            default:
                break;
        }
    }
}
