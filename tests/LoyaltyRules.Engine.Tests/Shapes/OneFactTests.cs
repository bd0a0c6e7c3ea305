using LoyaltyRules.Engine.Tests.Facts;
using static LoyaltyRules.Engine.Tests.Shapes.TestRules;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Shapes;

public sealed class OneFactTests
{
    private static readonly ISessionFactory Factory = Compile(
        Rule("big order", And(Pattern<Order>("o", o => o.Amount >= 100))),
        Rule("travel order", And(Pattern<Order>("o", o => o.Category == "travel", o => o.Amount > 0))));

    [Fact]
    public void Fire_FactMatchingConditions_FiresOnce()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 7, 250m));

        var fired = session.Fire();

        Assert.Equal(1, fired);
        Assert.Equal(["big order"], session.FiredNames());
    }

    [Fact]
    public void Fire_FactFailingACondition_DoesNotFire()
    {
        using var session = Factory.CreateSession();
        session.Insert(new Order(1, 7, 99.99m));

        Assert.Equal(0, session.Fire());
        Assert.Empty(session.Results);
    }

    [Fact]
    public void Fire_TwoMatchingFacts_FiresTwiceInInsertionOrder()
    {
        using var session = Factory.CreateSession();
        var first = new Order(1, 7, 300m);
        var second = new Order(2, 7, 200m);
        session.Insert(second);
        session.Insert(first);
        var fired = new List<object?>();
        session.Events.RuleFiring += (_, e) => fired.Add(e.Values[0].Value);

        session.Fire();

        Assert.Equal([second, first], fired);
    }

    [Fact]
    public void Update_FactNoLongerMatching_RemovesItsActivation()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 7, 250m);
        session.Insert(order);
        Assert.Single(session.GetAgenda());

        order.Amount = 10m;
        session.Update(order);

        Assert.Empty(session.GetAgenda());
        Assert.Equal(0, session.Fire());
    }

    [Fact]
    public void Update_FactNowMatching_ActivatesRule()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 7, 10m, "travel");
        session.Insert(order);
        Assert.Equal(["travel order"], session.GetAgenda().Select(a => a.Rule.Name));

        order.Amount = 500m;
        session.Update(order);

        Assert.Equal(["big order", "travel order"], session.GetAgenda().Select(a => a.Rule.Name));
    }

    [Fact]
    public void Retract_MatchingFact_RemovesActivationAndFact()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 7, 250m);
        session.Insert(order);

        session.Retract(order);

        Assert.Empty(session.GetAgenda());
        Assert.Empty(session.Query<Order>());
        Assert.False(session.Contains(order));
    }

    [Fact]
    public void Insert_SameObjectTwice_ThrowsAndTryInsertReturnsFalse()
    {
        using var session = Factory.CreateSession();
        var order = new Order(1, 7, 250m);
        session.Insert(order);

        Assert.Throws<ArgumentException>(() => session.Insert(order));
        Assert.False(session.TryInsert(order));
        Assert.Single(session.GetAgenda());
    }

    [Fact]
    public void UpdateAndRetract_UnknownFact_ThrowAndTryVariantsReturnFalse()
    {
        using var session = Factory.CreateSession();
        var stranger = new Order(9, 9, 9m);

        Assert.Throws<ArgumentException>(() => session.Update(stranger));
        Assert.Throws<ArgumentException>(() => session.Retract(stranger));
        Assert.False(session.TryUpdate(stranger));
        Assert.False(session.TryRetract(stranger));
    }

    [Fact]
    public void InsertAll_OneFactAlreadyPresent_InsertsNothing()
    {
        using var session = Factory.CreateSession();
        var present = new Order(1, 7, 250m);
        session.Insert(present);
        var fresh = new Order(2, 7, 300m);

        var error = Assert.Throws<ArgumentException>(() => session.InsertAll([fresh, present]));

        Assert.Contains("Nothing was inserted", error.Message, StringComparison.Ordinal);
        Assert.False(session.Contains(fresh));
        Assert.Equal(2, session.TryInsertAll([fresh, present, new Order(3, 7, 1m)]));
    }

    [Fact]
    public void Query_ReturnsFactsOfTypeInInsertionOrder()
    {
        using var session = Factory.CreateSession();
        var a = new Order(1, 7, 1m);
        var b = new Order(2, 7, 2m);
        session.InsertAll([a, new Customer(7), b]);

        Assert.Equal([a, b], session.Query<Order>());
        Assert.Equal(3, session.Query<object>().Count());
    }

    [Fact]
    public void Network_SharesTheTypeNodeAndCountsSelections()
    {
        var statistics = Factory.Network;

        Assert.Equal(1, statistics.TypeNodes);
        Assert.Equal(3, statistics.SelectionNodes);
        Assert.Equal(2, statistics.AlphaMemories);
    }
}
