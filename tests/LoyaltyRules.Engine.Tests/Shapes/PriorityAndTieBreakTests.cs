using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class PriorityAndTieBreakTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("declared first", And(Pattern<Order>("o"))),
        Rule("declared second", And(Pattern<Order>("o"))),
        Rule("urgent", And(Pattern<Order>("o")), new RuleOptions { Priority = 10 }),
        Rule("optional", And(Pattern<Order>("o")), new RuleOptions { Priority = -5 }));

    [Fact]
    public void Fire_PriorityThenDeclarationOrderThenInsertionOrder()
    {
        using var session = Factory.CreateSession();
        var early = new Order(2, 1, 1m);
        var late = new Order(1, 1, 1m);
        session.Insert(early);
        session.Insert(late);
        var fired = new List<string>();
        session.Events.RuleFiring += (_, e) => fired.Add($"{e.Rule.Name} {((Order)e.Values[0].Value!).Id}");

        session.Fire();

        Assert.Equal(
            ["urgent 2", "urgent 1", "declared first 2", "declared first 1", "declared second 2", "declared second 1", "optional 2", "optional 1"],
            fired);
    }

    [Fact]
    public void Fire_SameInputsInManySessions_SameOrderEveryTime()
    {
        string Run()
        {
            using var session = Factory.CreateSession();
            for (var i = 0; i < 20; i++)
            {
                session.Insert(new Order(i, i % 3, i));
            }

            var fired = new List<string>();
            session.Events.RuleFiring += (_, e) => fired.Add($"{e.Rule.Name} {((Order)e.Values[0].Value!).Id}");
            session.Fire();
            return string.Join("|", fired);
        }

        var first = Run();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(first, Run());
        }
    }

    [Fact]
    public void Fire_MaxRules_StopsAndLeavesTheRestOnTheAgenda()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 1, 1m));

        Assert.Equal(1, session.Fire(1));
        Assert.Equal(["urgent"], session.FiredNames());
        Assert.Equal(["declared first", "declared second", "optional"], session.GetAgenda().Select(a => a.Rule.Name));
        Assert.Equal(3, session.Fire());
    }
}
