using BenchmarkDotNet.Attributes;
using LoyaltyRules.Engine;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>(b) One transaction against 50, 1,000 and 10,000 merchant campaigns, of which ten match it.</summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly BenchCustomer _customer = new("customer-42", tier: 2, tenureYears: 4);
    private readonly BenchTransaction _transaction = new("purchase", "card", "travel", "M0", "none", 1234m);
    private ISessionFactory _factory = null!;

    [Params(50, 1_000, 10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var specs = LoyaltyRuleSpec.Campaigns(Rules);
        _factory = RuleCompiler.Compile(OurEngineRules.From(specs));
        var expected = specs.Where(s => s.Merchant == "M0").Select(s => new PointsAward(_customer.Id, s.PointsFor(_transaction.Amount), s.Name)).ToList();
        AwardsAgree.Check(expected, Ours());
    }

    [Benchmark]
    public List<PointsAward> Ours() => OursEvaluation.Run(_factory, _customer, _transaction);
}
