using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class LinkedFactTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("bonus while big", And(Pattern<Order>("o", o => o.Amount >= 100)),
            (Expression<Action<IContext, Order>>)((ctx, o) => Link(ctx, o))),
        Rule("count bonuses", And(Pattern<Award>("a")), (Expression<Action<IContext, Award>>)((ctx, a) => ctx.Emit(a.Reason))));

    private static void Link(IContext context, Order order)
    {
        var award = new Award(order.CustomerId, 100, "big order " + order.Id);
        if (context.GetLinked("bonus") is null)
        {
            context.InsertLinked("bonus", award);
        }
        else
        {
            context.UpdateLinked("bonus", award);
        }
    }

    [Fact]
    public void Retract_FactOfTheMatch_RetractsTheLinkedFact()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 150m);
        session.Insert(order);
        session.Fire();
        Assert.Single(session.Query<Award>());

        session.Retract(order);

        Assert.Empty(session.Query<Award>());
        Assert.Empty(session.GetAgenda());
    }

    [Fact]
    public void Update_MatchStopsHolding_RetractsTheLinkedFactAndRaisesTheEvent()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 150m);
        session.Insert(order);
        session.Fire();
        var retracted = new List<object>();
        session.Events.FactRetracted += (_, e) => retracted.Add(e.IsLinked ? "linked " + e.Fact : e.Fact);

        order.Amount = 50m;
        session.Update(order);

        Assert.Empty(session.Query<Award>());
        Assert.Equal(["linked Award { CustomerId = 1, Points = 100, Reason = big order 10 }"], retracted);
    }

    [Fact]
    public void Update_MatchStillHolds_RefiringReplacesTheLinkedFact()
    {
        using var session = Factory.CreateSession();
        var order = new Order(10, 1, 150m);
        session.Insert(order);
        session.Fire();

        order.Id = 11;
        session.Update(order);
        session.Fire();

        Assert.Equal(["big order 11"], session.Query<Award>().Select(a => a.Reason));
    }

    [Fact]
    public void InsertLinked_SameKeyTwice_ThrowsActionException()
    {
        var factory = Compile(Rule("twice", And(Pattern<Order>("o")),
            (Expression<Action<IContext>>)(ctx => Twice(ctx))));
        using var session = factory.CreateSession();
        session.Insert(new Order(1, 1, 1m));

        var error = Assert.Throws<Diagnostics.RuleActionException>(() => session.Fire());

        Assert.Equal("twice", error.RuleName);
        Assert.IsType<ArgumentException>(error.InnerException);
    }

    private static void Twice(IContext context)
    {
        context.InsertLinked("k", new Award(1, 1, "a"));
        context.InsertLinked("k", new Award(1, 1, "b"));
    }
}
