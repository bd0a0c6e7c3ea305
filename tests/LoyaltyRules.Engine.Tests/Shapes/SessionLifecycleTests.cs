using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class SessionLifecycleTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("customer order", And(
            Pattern<Customer>("c"),
            Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id)))),
        Rule("orders", And(Pattern(Declaration("n", typeof(int)), [], Count(Pattern<Order>("x"))))));

    [Fact]
    public void CreateSession_AfterAnotherWasDisposed_StartsEmpty()
    {
        using (var first = Factory.CreateSession())
        {
            first.InsertAll([new Customer(1), new Order(1, 1, 1m), new Order(2, 1, 1m)]);
            first.Fire();
            first.Events.RuleFiring += (_, _) => throw new InvalidOperationException("a handler of a disposed session ran");
        }

        using var second = Factory.CreateSession();

        Assert.Empty(second.Query<object>());
        Assert.Empty(second.Results);
        Assert.Equal(["orders: 0"], second.AgendaLines());
        second.InsertAll([new Customer(2), new Order(3, 2, 1m)]);
        Assert.Equal(2, second.Fire());
    }

    [Fact]
    public void Dispose_ThenUse_ThrowsObjectDisposed()
    {
        var session = Factory.CreateSession();
        session.Dispose();
        session.Dispose();

        Assert.Throws<ObjectDisposedException>(() => session.Insert(new Customer(1)));
    }

    [Fact]
    public void Events_ReportInsertsUpdatesRetractsAndFirings()
    {
        using var session = Factory.CreateSession();
        var log = new List<string>();
        session.Events.FactInserted += (_, e) => log.Add("inserted " + e.Fact);
        session.Events.FactUpdated += (_, e) => log.Add("updated " + e.Fact);
        session.Events.FactRetracted += (_, e) => log.Add("retracted " + e.Fact);
        session.Events.RuleFiring += (_, e) => log.Add($"firing {e.Rule.Name} #{e.Firing}");
        session.Events.RuleFired += (_, e) => log.Add($"fired {e.Rule.Name} #{e.Firing}");
        var customer = new Customer(1);

        session.Insert(customer);
        session.Update(customer);
        session.Retract(customer);
        session.Fire();

        Assert.Equal(
            ["inserted Customer 1 (Classic)", "updated Customer 1 (Classic)", "retracted Customer 1 (Classic)", "firing orders #1", "fired orders #1"],
            log);
    }

    [Fact]
    public void Factory_ManyThreadsEvaluatingAtOnce_EachGetsItsOwnCorrectResult()
    {
        var failures = 0;
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            using var session = Factory.CreateSession();
            var orders = i % 5;
            session.Insert(new Customer(i));
            for (var k = 0; k < orders; k++)
            {
                session.Insert(new Order((i * 10) + k, i, 1m));
            }

            if (session.Fire() != orders + 1 || (int)session.GetAgenda().Count != 0)
            {
                Interlocked.Increment(ref failures);
            }
        });

        Assert.Equal(0, failures);
    }
}
