using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class ConditionExceptionTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("divides", And(Pattern<Order>("o", o => 100 / o.Id > 1))),
        Rule("also divides", And(Pattern<Order>("o", o => 100 / o.Id > 1), Pattern<Customer>("c"))),
        Rule("throws in action", And(Pattern<Customer>("c", c => c.Tier == "Boom")),
            (Expression<Action<IContext, Customer>>)((ctx, c) => Explode(c))));

    private static void Explode(Customer customer) => throw new InvalidOperationException($"cannot handle {customer}");

    [Fact]
    public void Insert_ConditionThrows_EngineExceptionNamesEverySharingRuleAndTheFact()
    {
        using var session = Factory.CreateSession();
        var order = new Order(0, 1, 1m);

        var error = Assert.Throws<RuleEvaluationException>(() => session.Insert(order));

        Assert.Equal(["divides", "also divides"], error.RuleNames);
        Assert.Equal([order], error.Facts);
        Assert.IsType<DivideByZeroException>(error.InnerException);
        Assert.Equal(
            "Evaluating 'o => ((100 / o.Id) > 1)' of rule 'divides', 'also divides' threw DivideByZeroException: Attempted to divide by zero. (facts: Order 0 of customer 1: 1 grocery)",
            error.Message);
    }

    [Fact]
    public void Insert_AfterAConditionThrew_SessionRefusesFurtherWork()
    {
        using var session = Factory.CreateSession();
        Assert.Throws<RuleEvaluationException>(() => session.Insert(new Order(0, 1, 1m)));

        var error = Assert.Throws<InvalidOperationException>(() => session.Insert(new Customer(1)));

        Assert.StartsWith("This session is faulted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fire_ActionThrows_ActionExceptionNamesTheRuleAndMatchedFacts()
    {
        using var session = Factory.CreateSession();
        var customer = new Customer(1, "Boom");
        session.Insert(customer);

        var error = Assert.Throws<RuleActionException>(() => session.Fire());

        Assert.Equal("throws in action", error.RuleName);
        Assert.Equal([customer], error.Facts);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Equal(0, session.Fire());
    }
}
