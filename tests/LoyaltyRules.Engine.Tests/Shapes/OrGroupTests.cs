using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class OrGroupTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("gold or big", And(
                Pattern<Customer>("c"),
                Or(
                    Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id && c.Tier == "Gold")),
                    Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id && o.Amount >= 1000)))),
            (Expression<Action<IContext, Customer, Order>>)((ctx, c, o) => ctx.Emit($"{c.Id}/{o.Id}"))));

    [Fact]
    public void Fire_EachAlternativeMatching_FiresOncePerAlternative()
    {
        using var session = Factory.CreateSession();
        session.InsertAll([new Customer(1, "Gold"), new Order(10, 1, 5000m), new Order(11, 1, 5m)]);

        var agenda = session.GetAgenda();

        Assert.Equal([0, 0, 1], agenda.Select(a => a.Alternative));
        session.Fire();
        Assert.Equal(["1/10", "1/11", "1/10"], session.Results.Select(r => r.Value));
    }

    [Fact]
    public void Validation_ActionReadsDeclarationMissingFromOneAlternative_IsReported()
    {
        var broken = RuleModelFactory.Rule("broken", And(Or(Pattern<Customer>("c"), Pattern<Order>("o"))),
            Actions(Action((Expression<Action<IContext, Customer>>)((ctx, c) => ctx.Emit(c)))));

        var error = Assert.Throws<RuleModelValidationException>(() => Compile(broken));

        Assert.Equal(
            "rule 'broken': alternative 2: action '(ctx, c) => ctx.Emit(c)' reads 'c', which is not declared before it (visible: o)",
            Assert.Single(error.Errors).ToString());
    }
}
