using System.Linq.Expressions;
using LoyaltyRules.Engine.Tests.Facts;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class JoinTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("customer order", And(
            Pattern<Customer>("c"),
            Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id)))),
        Rule("gold big order", And(
            Pattern<Customer>("c", c => c.Tier == "Gold"),
            Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id && o.Amount > c.Balance)))));

    [Fact]
    public void Fire_OrdersOfTwoCustomers_PairsEachOrderWithItsCustomer()
    {
        using var session = Factory.CreateSession();
        var ada = new Customer(1);
        var bob = new Customer(2);
        session.InsertAll([ada, bob, new Order(10, 2, 5m), new Order(11, 1, 6m), new Order(12, 3, 7m)]);

        Assert.Equal(
            ["customer order: Customer 1 (Classic), Order 11 of customer 1: 6 grocery", "customer order: Customer 2 (Classic), Order 10 of customer 2: 5 grocery"],
            session.AgendaLines());
    }

    [Fact]
    public void Network_EqualityJoinIsHashed_CombinedConditionIsNot()
    {
        // Rule 1 joins on o.CustomerId == c.Id alone; rule 2 writes it inside an && with a residual test.
        Assert.Equal(4, Factory.Network.JoinNodes);
        Assert.Equal(1, Factory.Network.HashedJoinNodes);
    }

    [Fact]
    public void Network_RulesStartingWithTheSamePattern_ShareTheirFirstJoin()
    {
        var factory = Compile(
            Rule("grocery", And(Pattern<Customer>("c", c => c.Tier == "Gold"), Pattern<Order>("o", o => o.Category == "grocery"))),
            Rule("travel", And(Pattern<Customer>("x", x => x.Tier == "Gold"), Pattern<Order>("o", o => o.Category == "travel"))));

        Assert.Equal(3, factory.Network.JoinNodes);
        Assert.Equal(3, factory.Network.SelectionNodes);
    }

    [Fact]
    public void Update_OrderMovedToAnotherCustomer_RejoinsThroughTheIndex()
    {
        using var session = Factory.CreateSession();
        var ada = new Customer(1);
        var bob = new Customer(2);
        var order = new Order(10, 1, 5m);
        session.InsertAll([ada, bob, order]);

        order.CustomerId = 2;
        session.Update(order);

        Assert.Equal(["customer order: Customer 2 (Classic), Order 10 of customer 2: 5 grocery"], session.AgendaLines());
    }

    [Fact]
    public void Update_CustomerIdChanged_RejoinsFromTheLeft()
    {
        using var session = Factory.CreateSession();
        var ada = new Customer(1);
        var order = new Order(10, 2, 5m);
        session.InsertAll([ada, order]);
        Assert.Empty(session.GetAgenda());

        ada.Id = 2;
        session.Update(ada);

        Assert.Single(session.GetAgenda());
    }

    [Fact]
    public void Retract_Customer_RemovesEveryPairItWasIn()
    {
        using var session = Factory.CreateSession();
        var ada = new Customer(1, "Gold");
        session.InsertAll([ada, new Order(10, 1, 5m), new Order(11, 1, 6m), new Customer(2), new Order(12, 2, 1m)]);
        Assert.Equal(5, session.GetAgenda().Count);

        session.Retract(ada);

        Assert.Equal(["customer order: Customer 2 (Classic), Order 12 of customer 2: 1 grocery"], session.AgendaLines());
    }

    [Fact]
    public void Fire_ResidualConditionBetweenFacts_IsCheckedPerPair()
    {
        using var session = Factory.CreateSession();
        var gold = new Customer(1, "Gold") { Balance = 100m };
        session.InsertAll([gold, new Order(10, 1, 50m), new Order(11, 1, 150m)]);

        var goldPairs = session.GetAgenda().Where(a => a.Rule.Name == "gold big order").ToList();

        Assert.Single(goldPairs);
        Assert.Equal(150m, ((Order)goldPairs[0].Values[1].Value!).Amount);
    }

    [Fact]
    public void Fire_InsertionOrderReversed_SameMatches()
    {
        using var first = Factory.CreateSession();
        using var second = Factory.CreateSession();
        var customers = new[] { new Customer(1), new Customer(2) };
        var orders = new[] { new Order(10, 1, 1m), new Order(11, 2, 2m), new Order(12, 1, 3m) };
        first.InsertAll([.. customers, .. orders]);
        second.InsertAll([.. orders, .. customers]);

        Assert.Equal(first.GetAgenda().Count, second.GetAgenda().Count);
        Assert.Equal(
            first.GetAgenda().Select(a => string.Join(",", a.Values.Select(v => v.Value))).Order(),
            second.GetAgenda().Select(a => string.Join(",", a.Values.Select(v => v.Value))).Order());
    }

    [Fact]
    public void Fire_NullJoinKeysOnBothSides_MatchAsCSharpEqualityDoes()
    {
        var factory = Compile(Rule("same category", And(
            Pattern<Order>("a"),
            Pattern(typeof(Order), "b", (Expression<Func<Order, Order, bool>>)((b, a) => b.Category == a.Category && b.Id > a.Id)))));
        using var session = factory.CreateSession();
        session.InsertAll([new Order(1, 1, 1m, null!), new Order(2, 1, 1m, null!), new Order(3, 1, 1m, "x")]);

        Assert.Single(session.GetAgenda());
    }

    [Fact]
    public void Fire_SelfJoinOnOneFact_MatchesThePairOnce()
    {
        var factory = Compile(Rule("self", And(
            Pattern<Order>("a"),
            Pattern(typeof(Order), "b", (Expression<Func<Order, Order, bool>>)((b, a) => b.Id == a.Id)))));
        using var session = factory.CreateSession();
        var order = new Order(1, 1, 1m);

        session.Insert(order);

        var match = Assert.Single(session.GetAgenda());
        Assert.All(match.Values, v => Assert.Same(order, v.Value));
    }

    [Fact]
    public void Insert_FactWakingItsOwnSkippedTypeThroughABaseType_JoinsWithItself()
    {
        // A customer's own type node is skipped (its one memory sleeps until a join needs it); the
        // same fact then enters the object pattern's memory, whose join wakes the customer memory.
        var factory = Compile(Rule("customer and any fact", And(Pattern<Customer>("c"), Pattern<object>("o"))));
        using var session = factory.CreateSession();
        var ada = new Customer(1);

        session.Insert(ada);

        var match = Assert.Single(session.GetAgenda());
        Assert.All(match.Values, v => Assert.Same(ada, v.Value));
    }

    [Fact]
    public void Fire_ThousandByThousandHashJoin_FindsExactlyTheMatchingPairs()
    {
        using var session = Factory.CreateSession();
        for (var i = 0; i < 1000; i++)
        {
            session.Insert(new Customer(i));
            session.Insert(new Order(i, i % 500, 1m));
        }

        Assert.Equal(1000, session.GetAgenda().Count(a => a.Rule.Name == "customer order"));
    }

    [Fact]
    public void Validation_JoinConditionOnUndeclaredName_ReportsTheRule()
    {
        var broken = RuleModelFactory.Rule("broken", And(
                Pattern(typeof(Order), "o", (Expression<Func<Order, Customer, bool>>)((o, c) => o.CustomerId == c.Id))),
            EmitName());

        var error = Assert.Throws<RuleModelValidationException>(() => Compile(broken));

        Assert.Equal("rule 'broken': pattern 'o': condition '(o, c) => (o.CustomerId == c.Id)' reads 'c', which is not declared before it (visible: o)", Assert.Single(error.Errors).ToString());
    }
}
