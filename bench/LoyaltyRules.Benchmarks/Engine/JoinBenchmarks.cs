using System.Linq.Expressions;
using BenchmarkDotNet.Attributes;
using LoyaltyRules.Engine;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>
/// (c) A two-fact equality join with n facts on each side: our hash join against the nested-loop
/// join an engine makes of the same condition when it cannot index it (NRules' approach). Both run
/// in our engine; the nested loop hides the equality in a method call so it is not hashed.
/// </summary>
[MemoryDiagnoser]
public class JoinBenchmarks
{
    private ISessionFactory _hashed = null!;
    private ISessionFactory _nested = null!;
    private JoinCustomer[] _customers = [];
    private JoinOrder[] _orders = [];

    [Params(10, 100, 1_000)]
    public int FactsPerSide { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _hashed = Compile((o, c) => o.CustomerId == c.Id);
        _nested = Compile((o, c) => o.CustomerId.Equals(c.Id));
        _customers = [.. Enumerable.Range(0, FactsPerSide).Select(i => new JoinCustomer(i))];
        _orders = [.. Enumerable.Range(0, FactsPerSide).Select(i => new JoinOrder(i, FactsPerSide - 1 - i))];
        if (HashJoin() != FactsPerSide || NestedLoopJoin() != FactsPerSide)
        {
            throw new InvalidOperationException("The joins do not find one match per order.");
        }
    }

    [Benchmark(Baseline = true)]
    public int NestedLoopJoin() => Run(_nested);

    [Benchmark]
    public int HashJoin() => Run(_hashed);

    private int Run(ISessionFactory factory)
    {
        using var session = factory.CreateSession();
        foreach (var customer in _customers)
        {
            session.Insert(customer);
        }

        foreach (var order in _orders)
        {
            session.Insert(order);
        }

        return session.Fire();
    }

    private static ISessionFactory Compile(Expression<Func<JoinOrder, JoinCustomer, bool>> join) =>
        RuleCompiler.Compile([
            Rule("join", And(Pattern<JoinCustomer>("c"), Pattern(typeof(JoinOrder), "o", join)),
                Actions(Action((Expression<Action<IContext, JoinOrder>>)((ctx, o) => Touch(o))))),
        ]);

    private static void Touch(JoinOrder order) => order.Matched++;
}
