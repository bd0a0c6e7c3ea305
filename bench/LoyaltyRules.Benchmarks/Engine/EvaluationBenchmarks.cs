using BenchmarkDotNet.Attributes;
using LoyaltyRules.Engine;
using RulesEngine.Models;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>
/// (a) One transaction against the fifty-rule retail-banking program, three ways: a new session,
/// insert customer and transaction, fire, collect the awards.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private readonly BenchCustomer _customer = new("customer-42", tier: 2, tenureYears: 4);
    private readonly BenchTransaction _transaction = new("purchase", "card", "travel", "M3", "none", 1234m);
    private ISessionFactory _factory = null!;
    private RulesEngine.RulesEngine _rulesEngine = null!;

    [GlobalSetup]
    public void Setup()
    {
        var specs = LoyaltyRuleSpec.RetailBanking();
        _factory = RuleCompiler.Compile(OurEngineRules.From(specs));
        _rulesEngine = RulesEngineRules.Create(specs);
        AwardsAgree.Check(Handwritten(), Ours(), RulesEngine());
    }

    [Benchmark(Baseline = true)]
    public List<PointsAward> Handwritten()
    {
        var awards = new List<PointsAward>();
        HandwrittenRules.Evaluate(_customer, _transaction, awards);
        return awards;
    }

    [Benchmark]
    public List<PointsAward> Ours() => OursEvaluation.Run(_factory, _customer, _transaction);

    [Benchmark]
    public List<PointsAward> RulesEngine()
    {
        var results = _rulesEngine
            .ExecuteAllRulesAsync(RulesEngineRules.WorkflowName, new RuleParameter("c", _customer), new RuleParameter("t", _transaction))
            .AsTask().GetAwaiter().GetResult();
        var awards = new List<PointsAward>();
        foreach (var result in results)
        {
            if (result.IsSuccess)
            {
                awards.Add(new PointsAward(_customer.Id, Convert.ToInt32(result.ActionResult.Output, System.Globalization.CultureInfo.InvariantCulture), result.Rule.RuleName));
            }
        }

        return awards;
    }
}
