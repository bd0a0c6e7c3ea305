using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class ExistsTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("active customer", And(
            Pattern<Customer>("c"),
            Exists(Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id))))));

    [Fact]
    public void Fire_SeveralMatchingOrders_FiresOncePerCustomer()
    {
        using var session = Factory.CreateSession();
        session.InsertAll([new Customer(1), new Order(10, 1, 1m), new Order(11, 1, 2m), new Order(12, 1, 3m)]);

        Assert.Equal(1, session.Fire());
    }

    [Fact]
    public void Fire_NoMatchingOrder_DoesNotFire()
    {
        using var session = Factory.CreateSession();
        session.InsertAll([new Customer(1), new Order(10, 2, 1m)]);

        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Retract_OneOfTwoOrders_KeepsTheMatch_RetractBoth_RemovesIt()
    {
        using var session = Factory.CreateSession();
        var a = new Order(10, 1, 1m);
        var b = new Order(11, 1, 2m);
        session.InsertAll([new Customer(1), a, b]);

        session.Retract(a);
        Assert.Single(session.GetAgenda());

        session.Retract(b);
        Assert.Empty(session.GetAgenda());
    }

    [Fact]
    public void Update_OrderMovesAway_RemovesTheMatch()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 1m);
        session.InsertAll([new Customer(1), order]);

        order.CustomerId = 2;
        session.Update(order);

        Assert.Empty(session.GetAgenda());
    }
}
