using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class RunawayLoopTests
{
    // Each rule changes the balance so that the other one matches: they hand the fact back and forth for ever.
    private static readonly ISessionFactory Factory = Compile(
        Rule("ping", And(Pattern<Customer>("c", c => c.Balance % 2 == 0)),
            (Expression<Action<IContext, Customer>>)((ctx, c) => Touch(ctx, c, 1m))),
        Rule("pong", And(Pattern<Customer>("c", c => c.Balance % 2 == 1)),
            (Expression<Action<IContext, Customer>>)((ctx, c) => Touch(ctx, c, 1m))));

    private static void Touch(IContext context, Customer customer, decimal change)
    {
        customer.Balance += change;
        context.Update(customer);
    }

    [Fact]
    public void Fire_RulesReactivatingEachOther_ThrowsNamingThemAtTheLimit()
    {
        using var session = Factory.CreateSession(new SessionOptions { MaxFiringsPerFire = 50 });
        session.Insert(new Customer(1));

        var error = Assert.Throws<RunawayChainingException>(() => session.Fire());

        Assert.Equal(50, error.Limit);
        Assert.Equal(["ping", "pong"], error.RuleNames.Order(StringComparer.Ordinal));
        Assert.Equal(50, error.FiringsByRule.Sum(p => p.Value));
        Assert.StartsWith("More than 50 rules fired in one Fire: the rules keep activating each other. Most firings: 'ping' (", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_BelowTheLimit_DoesNotThrow()
    {
        var factory = Compile(Rule("bounded", And(Pattern<Customer>("c", c => c.Balance < 10)),
            (Expression<Action<IContext, Customer>>)((ctx, c) => Touch(ctx, c, 1m))));
        using var session = factory.CreateSession(new SessionOptions { MaxFiringsPerFire = 10 });
        session.Insert(new Customer(1));

        Assert.Equal(10, session.Fire());
    }
}
