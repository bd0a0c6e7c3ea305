using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class BindingAndFilterTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("points", And(
                Pattern<Order>("o"),
                Binding("points", (Expression<Func<Order, int>>)(o => (int)(o.Amount / 10))),
                Filter((Expression<Func<int, bool>>)(points => points > 0), "points > 0")),
            (Expression<Action<IContext, Order, int>>)((ctx, o, points) => ctx.Emit(points))));

    [Fact]
    public void Fire_BindingComputesAValueTheActionReceives()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 125m));

        session.Fire();

        Assert.Equal([12], session.Results.Select(r => r.Value));
    }

    [Fact]
    public void Insert_FilterFails_NoActivation()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 5m));

        Assert.Empty(session.GetAgenda());
    }

    [Fact]
    public void Update_BindingAndFilterAreRecomputed()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 1, 5m);
        session.Insert(order);

        order.Amount = 300m;
        session.Update(order);
        session.Fire();

        Assert.Equal([30], session.Results.Select(r => r.Value));
    }

    [Fact]
    public void Context_Match_ExposesValuesByDeclarationName()
    {
        var factory = Compile(Rule("match", And(Pattern<Order>("o"), Binding("twice", (Expression<Func<Order, decimal>>)(o => o.Amount * 2))),
            (Expression<Action<IContext>>)(ctx => ctx.Emit(ctx.Match["twice"]!))));
        using var session = factory.CreateSession();
        session.Insert(new Order(1, 1, 21m));

        session.Fire();

        Assert.Equal([42m], session.Results.Select(r => r.Value));
    }
}
