using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class NotTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("dormant customer", And(
            Pattern<Customer>("c"),
            Not(Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id && o.Amount > 0))))),
        Rule("no orders at all", And(Not(Pattern<Order>("o")))));

    [Fact]
    public void Fire_CustomerWithoutOrders_Matches()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Customer(1));

        Assert.Equal(["dormant customer: Customer 1 (Classic)", "no orders at all: "], session.AgendaLines());
    }

    [Fact]
    public void CreateSession_EmptyWorkingMemory_NotOfNothingMatchesAtOnce()
    {
        using var session = Factory.CreateSession();

        Assert.Equal(["no orders at all"], session.FiredNamesAfterFire());
    }

    [Fact]
    public void Insert_MatchingOrder_RemovesTheActivation()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Customer(1));

        session.Insert(new Order(10, 1, 5m));

        Assert.Empty(session.GetAgenda());
    }

    [Fact]
    public void Insert_OrderOfAnotherCustomer_KeepsTheActivationOfThisOne()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Customer(1));

        session.Insert(new Order(10, 2, 5m));

        Assert.Equal(["dormant customer: Customer 1 (Classic)"], session.AgendaLines());
    }

    [Fact]
    public void RetractAndUpdate_LastBlockingOrder_RestoresTheMatch()
    {
        using var session = Factory.CreateSession();
        var first = new Order(10, 1, 5m);
        var second = new Order(11, 1, 5m);
        session.InsertAll([new Customer(1), first, second]);

        session.Retract(first);
        Assert.Empty(session.GetAgenda());

        second.Amount = 0m;
        session.Update(second);
        Assert.Equal(["dormant customer: Customer 1 (Classic)"], session.AgendaLines());
    }

    [Fact]
    public void Retract_OrderMutatedWithoutUpdate_StillUnblocksTheCustomer()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 5m);
        session.InsertAll([new Customer(1), order]);

        order.CustomerId = 99; // changed behind the engine's back, then retracted
        session.Retract(order);

        Assert.Equal(["dormant customer: Customer 1 (Classic)", "no orders at all: "], session.AgendaLines());
    }
}
