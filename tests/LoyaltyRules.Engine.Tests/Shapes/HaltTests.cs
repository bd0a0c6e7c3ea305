using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class HaltTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("stop here", And(Pattern<Order>("o", o => o.Category == "stop")),
            (Expression<Action<IContext>>)(ctx => StopHere(ctx)), new RuleOptions { Priority = 5 }),
        Rule("after", And(Pattern<Order>("o"))));

    private static void StopHere(IContext context)
    {
        context.Emit("stopping");
        context.Halt();
    }

    [Fact]
    public void Fire_ActionHalts_FiringStopsAfterThatAction()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 1m, "stop"));

        Assert.Equal(1, session.Fire());
        Assert.Equal(["stop here"], session.FiredNames());
        Assert.Single(session.GetAgenda());
    }

    [Fact]
    public void Fire_AfterAHalt_ContinuesWithTheRest()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 1m, "stop"));
        session.Fire();

        Assert.Equal(1, session.Fire());
        Assert.Equal(["stop here", "after"], session.FiredNames());
    }
}
