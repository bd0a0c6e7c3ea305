using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class AggregateTests
{
    private static PatternElement OrdersOf() =>
        Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id));

    private static RuleDefinition Aggregating(string name, AggregateElement aggregate, Type resultType, params LambdaExpression[] resultConditions) =>
        Rule(name, And(
            Pattern<Customer>("c"),
            Pattern(Declaration("r", resultType), resultConditions.Select(e => Condition(e)), aggregate)));

    private static readonly ISessionFactory Factory = Compile(
        Aggregating("count", Count(OrdersOf()), typeof(int)),
        Aggregating("three or more", Count(OrdersOf()), typeof(int), (Expression<Func<int, bool>>)(r => r >= 3)),
        Aggregating("sum", Sum(OrdersOf(), (Expression<Func<Order, decimal>>)(o => o.Amount)), typeof(decimal)),
        Aggregating("collect", Collect(OrdersOf()), typeof(IReadOnlyList<Order>)),
        Aggregating("min", Min(OrdersOf(), (Expression<Func<Order, decimal>>)(o => o.Amount)), typeof(decimal)),
        Aggregating("max", Max(OrdersOf(), (Expression<Func<Order, decimal>>)(o => o.Amount)), typeof(decimal)),
        Aggregating("average", Average(OrdersOf(), (Expression<Func<Order, decimal>>)(o => o.Amount)), typeof(decimal)),
        Aggregating("by category", GroupBy(OrdersOf(), (Expression<Func<Order, string>>)(o => o.Category), (Expression<Func<Order, decimal>>)(o => o.Amount)), typeof(IGrouping<string, decimal>)));

    [Fact]
    public void Agenda_NoOrders_CountSumAndCollectStillProduceResults()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Customer(1));

        Assert.Equal(
            ["count: Customer 1 (Classic), 0", "sum: Customer 1 (Classic), 0", "collect: Customer 1 (Classic), LoyaltyRules.Engine.Tests.Facts.Order[]"],
            session.AgendaLines());
    }

    [Fact]
    public void Agenda_ThreeOrders_EveryAggregateAgrees()
    {
        using var session = Factory.CreateSession();
        var customer = new Customer(1);
        var a = new Order(10, 1, 30m, "travel");
        var b = new Order(11, 1, 10m, "grocery");
        var c = new Order(12, 1, 20m, "travel");
        session.InsertAll([c, customer, a, new Order(13, 2, 99m), b]);

        var results = Results(session);

        Assert.Equal(3, results["count"]);
        Assert.Equal(3, results["three or more"]);
        Assert.Equal(60m, results["sum"]);
        Assert.Equal([c, a, b], (Order[])results["collect"]!);
        Assert.Equal(10m, results["min"]);
        Assert.Equal(30m, results["max"]);
        Assert.Equal(20m, results["average"]);
        var groups = session.GetAgenda().Where(x => x.Rule.Name == "by category").Select(x => (IGrouping<string, decimal>)x.Values[1].Value!).ToList();
        Assert.Equal(["travel", "grocery"], groups.Select(g => g.Key));
        Assert.Equal([20m, 30m], groups[0]);
    }

    [Fact]
    public void Update_OrderAmountChanges_AggregateResultsFollow()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 30m);
        session.InsertAll([new Customer(1), order, new Order(11, 1, 10m)]);

        order.Amount = 5m;
        session.Update(order);

        var results = Results(session);
        Assert.Equal(15m, results["sum"]);
        Assert.Equal(5m, results["min"]);
        Assert.Equal(7.5m, results["average"]);
    }

    [Fact]
    public void Retract_Orders_ResultConditionStopsHoldingAndMinDisappears()
    {
        using var session = Factory.CreateSession();
        var orders = new[] { new Order(10, 1, 1m), new Order(11, 1, 2m), new Order(12, 1, 3m) };
        session.InsertAll([new Customer(1), .. orders]);
        Assert.Contains("three or more", Results(session).Keys);

        session.Retract(orders[0]);
        Assert.DoesNotContain("three or more", Results(session).Keys);

        session.RetractAll([orders[1], orders[2]]);
        var results = Results(session);
        Assert.Equal(0, results["count"]);
        Assert.DoesNotContain("min", results.Keys);
        Assert.DoesNotContain("by category", results.Keys);
    }

    [Fact]
    public void Fire_AggregateChangesAfterFiring_OnlyRulesWhoseResultChangedFireAgain()
    {
        using var session = Factory.CreateSession();
        session.InsertAll([new Customer(1), new Order(10, 1, 1m)]);
        session.Fire();

        session.Insert(new Order(11, 1, 1m));

        // count, sum and collect changed; min, max and average are still 1.
        Assert.Equal(["count", "sum", "collect", "by category"], session.GetAgenda().Select(a => a.Rule.Name));
    }

    [Fact]
    public void Fire_SumOverflows_ReportsTheRuleAndFaultsTheSession()
    {
        var factory = Compile(Aggregating("int sum", Sum(OrdersOf(), (Expression<Func<Order, int>>)(o => o.Id)), typeof(int)));
        using var session = factory.CreateSession();
        session.InsertAll([new Customer(1), new Order(int.MaxValue, 1, 1m)]);

        var error = Assert.Throws<Diagnostics.RuleEvaluationException>(() => session.Insert(new Order(1, 1, 1m)));

        Assert.Equal("int sum", error.RuleName);
        Assert.IsType<OverflowException>(error.InnerException);
        Assert.Throws<InvalidOperationException>(() => session.Insert(new Order(2, 1, 1m)));
    }

    private static Dictionary<string, object?> Results(ISession session) =>
        session.GetAgenda().Where(a => a.Rule.Name != "by category").ToDictionary(a => a.Rule.Name, a => a.Values[1].Value);
}
