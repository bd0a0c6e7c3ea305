using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class ChainingTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("award per order", And(Pattern<Order>("o", o => o.Amount >= 10)),
            (Expression<Action<IContext, Order>>)((ctx, o) => ctx.Insert(new Award(o.CustomerId, (int)(o.Amount / 10), "order " + o.Id)))),
        Rule("upgrade on points", And(
                Pattern<Customer>("c", c => c.Tier == "Classic"),
                Pattern(Declaration("points", typeof(int)), [Condition((Expression<Func<int, bool>>)(points => points >= 50))],
                    Sum(Pattern(typeof(Award), "a", (Expression<Func<Award, Customer, bool>>)((a, c) => a.CustomerId == c.Id)), (Expression<Func<Award, int>>)(a => a.Points)))),
            (Expression<Action<IContext, Customer, int>>)((ctx, c, points) => Upgrade(ctx, c, points))));

    private static void Upgrade(IContext context, Customer customer, int points)
    {
        customer.Tier = "Gold";
        context.Update(customer);
        context.Emit($"customer {customer.Id} upgraded at {points} points");
    }

    [Fact]
    public void Fire_AwardsInsertedByOneRule_TriggerAnotherRule()
    {
        using var session = Factory.CreateSession();
        var customer = new Customer(1);
        session.InsertAll([customer, new Order(10, 1, 300m), new Order(11, 1, 250m)]);

        var fired = session.Fire();

        Assert.Equal(3, fired);
        Assert.Equal("Gold", customer.Tier);
        Assert.Equal(["customer 1 upgraded at 55 points"], session.Results.Select(r => r.Value));
        Assert.Equal(2, session.Query<Award>().Count());
    }

    [Fact]
    public void Fire_ChainedUpdateMakesRuleStopMatching_NoFurtherFiring()
    {
        using var session = Factory.CreateSession();
        var customer = new Customer(1);
        session.InsertAll([customer, new Order(10, 1, 600m)]);
        session.Fire();

        session.Insert(new Order(11, 1, 600m));

        Assert.Equal(1, session.Fire());
        Assert.Single(session.Results);
    }

    [Fact]
    public void Fire_FirstActionEndsTheMatch_LaterActionsStillSeeTheMatchedFacts()
    {
        var factory = Compile(RuleModelFactory.Rule(
            "upgrade then announce",
            And(Pattern<Customer>("c", c => c.Tier == "Classic"), Pattern<Order>("o", o => o.Amount >= 100)),
            Actions(
                Action((Expression<Action<IContext, Customer>>)((ctx, c) => Promote(ctx, c))),
                Action((Expression<Action<IContext, Customer, Order>>)((ctx, c, o) => ctx.Emit($"customer {c.Id} promoted by order {o.Id}"))))));
        using var session = factory.CreateSession();
        session.InsertAll([new Customer(1), new Order(10, 1, 150m)]);

        Assert.Equal(1, session.Fire());

        Assert.Equal(["customer 1 promoted by order 10"], session.Results.Select(r => r.Value));
    }

    private static void Promote(IContext context, Customer customer)
    {
        customer.Tier = "Gold";
        context.Update(customer);
    }
}
