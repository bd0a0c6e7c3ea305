using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Tests.Facts;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class TraceTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("card spend", And(Pattern(Declaration("o", typeof(Order)), [
            Condition((Expression<Func<Order, bool>>)(o => o.Category == "card"), "channel = \"card\""),
            Condition((Expression<Func<Order, bool>>)(o => o.Amount >= 10), "amount >= 10")]))),
        Rule("gold customer order", And(
            Pattern<Customer>("c", c => c.Tier == "Gold"),
            Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id)),
            Not(Pattern<Award>("a")))));

    [Fact]
    public void Fire_TraceOn_RecordsMatchedValuesAndEachConditionWithItsValues()
    {
        using var session = Factory.CreateSession(new SessionOptions { Trace = TraceLevel.Firings });
        var order = new Order(1, 1, 1200m, "card");
        session.Insert(order);

        session.Fire();

        var firing = Assert.Single(session.Trace.Firings);
        Assert.Equal("card spend", firing.Rule.Name);
        Assert.Same(order, Assert.Single(firing.Values).Value);
        Assert.Equal(
            ["o: channel = \"card\" is true (o.Category = card)", "o: amount >= 10 is true (o.Amount = 1200)"],
            firing.Conditions.Select(c => c.ToString()));
    }

    [Fact]
    public void Fire_TraceOff_RecordsNothing()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 1200m, "card"));

        session.Fire();

        Assert.Empty(session.Trace.Firings);
    }

    [Fact]
    public void ExplainWhyNot_ConditionFails_NamesTheFirstFailingConditionAndItsValues()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 5m, "card"));

        var miss = session.ExplainWhyNot("card spend");

        Assert.NotNull(miss);
        Assert.Equal("amount >= 10", miss.FailedCondition?.Condition);
        Assert.Equal([new ObservedValue("o.Amount", 5m)], miss.FailedCondition?.Values);
        Assert.Equal("Order Order 1 of customer 1: 5 card: o: amount >= 10 is false (o.Amount = 5)", miss.Reason);
    }

    [Fact]
    public void ExplainWhyNot_ReportsTheFurthestPointReached()
    {
        using var session = Factory.CreateSession();
        session.InsertAll([new Customer(1, "Gold"), new Order(1, 1, 5m), new Award(1, 5, "x")]);

        var miss = session.ExplainWhyNot("gold customer order");

        Assert.StartsWith("a Award matches although none may", miss?.Reason, StringComparison.Ordinal);
        Assert.Equal(2, miss?.PartialMatch.Count);
    }

    [Fact]
    public void ExplainWhyNot_NoFactOfTheType_SaysSo()
    {
        using var session = Factory.CreateSession();

        Assert.Equal("there is no Customer in working memory", session.ExplainWhyNot("gold customer order")?.Reason);
    }

    [Fact]
    public void ExplainWhyNot_RuleFiredOrPending_IsNull()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 50m, "card"));

        Assert.Null(session.ExplainWhyNot("card spend"));
        session.Fire();
        Assert.Null(session.ExplainWhyNot("card spend"));
        Assert.Throws<ArgumentException>(() => session.ExplainWhyNot("no such rule"));
    }

    [Fact]
    public void Fire_FiringsAndMisses_ListsEveryRuleThatDidNotFire()
    {
        using var session = Factory.CreateSession(new SessionOptions { Trace = TraceLevel.FiringsAndMisses });
        session.Insert(new Order(1, 1, 50m, "card"));

        session.Fire();

        Assert.Equal(["card spend"], session.Trace.Firings.Select(f => f.Rule.Name));
        Assert.Equal(["gold customer order: there is no Customer in working memory"], session.Trace.Misses.Select(m => m.ToString()));
    }

    [Fact]
    public void TracedValues_DatesAndNumbers_ReadTheSameOnEveryMachine()
    {
        Assert.Equal("o.Date = 2026-07-04", new ObservedValue("o.Date", new DateOnly(2026, 7, 4)).ToString());
        Assert.Equal("o.Amount = 1234.5", new ObservedValue("o.Amount", 1234.5m).ToString());
        Assert.Equal("o.Note = null", new ObservedValue("o.Note", null).ToString());
    }
}
