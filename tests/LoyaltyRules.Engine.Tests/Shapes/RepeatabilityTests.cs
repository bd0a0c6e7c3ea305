using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class RepeatabilityTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("repeatable", And(Pattern<Order>("o", o => o.Amount > 0))),
        Rule("once per match", And(Pattern<Order>("o", o => o.Amount > 0)), new RuleOptions { Repeatability = RuleRepeatability.NonRepeatable }));

    [Fact]
    public void Update_AfterFiring_RepeatableFiresAgainNonRepeatableDoesNot()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 1, 10m);
        session.Insert(order);
        session.Fire();

        order.Amount = 20m;
        session.Update(order);

        Assert.Equal(["repeatable"], session.GetAgenda().Select(a => a.Rule.Name));
    }

    [Fact]
    public void Update_BeforeFiring_BothStayPendingOnce()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 1, 10m);
        session.Insert(order);

        session.Update(order);
        session.Update(order);

        Assert.Equal(2, session.Fire());
    }

    [Fact]
    public void Update_MatchLostAndRegained_NonRepeatableFiresForTheNewMatch()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 1, 10m);
        session.Insert(order);
        session.Fire();

        order.Amount = 0m;
        session.Update(order);
        order.Amount = 5m;
        session.Update(order);

        Assert.Equal(["repeatable", "once per match"], session.GetAgenda().Select(a => a.Rule.Name));
    }
}
