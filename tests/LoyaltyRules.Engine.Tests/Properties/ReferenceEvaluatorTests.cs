namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Pins the reference evaluator to hand-worked matches, so the properties rest on a checked oracle.</summary>
public sealed class ReferenceEvaluatorTests
{
    [Fact]
    public void Evaluate_EmptyWorkingMemory_OnlyTheUncorrelatedCountMatchesWithZero()
    {
        string[] expected = ["Count_LargeOrdersOverall#0(big=0)"];

        Assert.Equal(expected, Matches(new FactUniverse(), []));
    }

    [Fact]
    public void Evaluate_CustomerWithoutOrders_MatchesNotZeroSumAndEmptyCollectButNoMinMaxOrAverage()
    {
        var universe = new FactUniverse();
        universe.Assign(0, 0, 0);

        string[] expected =
        [
            "Collect_FewOrders#0(c=c0, orders=[])",
            "Count_LargeOrdersOverall#0(big=0)",
            "Not_NoLargeOrder#0(c=c0)",
            "Or_TierDispatch#0(c=c0)",
            "Sum_EvenSpend#0(c=c0, total=0)",
        ];

        Assert.Equal(expected, Matches(universe, [universe.Facts[0]]));
    }

    [Fact]
    public void Evaluate_CustomerWithTwoOrders_MatchesEveryRuleAsWorkedOutByHand()
    {
        var universe = new FactUniverse();
        var (c0, o0, o1) = (universe.Facts[0], universe.Facts[3], universe.Facts[4]);
        universe.Assign(0, 0, 1);
        universe.Assign(3, 0, 4);
        universe.Assign(4, 0, 1);

        string[] expected =
        [
            "Average_SteadyCustomer#0(c=c0, avg=2.5)",
            "Binding_CustomerKey#0(o=o0, key=0, c=c0)",
            "Binding_CustomerKey#0(o=o1, key=0, c=c0)",
            "Collect_FewOrders#0(c=c0, orders=[o1,o0])",
            "Count_FrequentCustomer#0(c=c0, n=2)",
            "Exists_ActiveCustomer#0(c=c0)",
            "Filter_HighValuePair#0(c=c0, o=o0)",
            "Join_AmountAboveTier#0(c=c0, o=o0)",
            "Join_LargerSiblingOrder#0(c=c0, o=o1, o2=o0)",
            "Join_OrderOfCustomer#0(c=c0, o=o0)",
            "Join_OrderOfCustomer#0(c=c0, o=o1)",
            "Max_BigOrder#0(c=c0, top=4)",
            "Min_SmallOrder#0(c=c0, least=1)",
            "Or_TierDispatch#1(c=c0)",
            "Or_TierDispatch#4(c=c0)",
        ];

        Assert.Equal(expected, Matches(universe, [o1, c0, o0]));
    }

    [Fact]
    public void Evaluate_OrAlternatives_ReportsEachAlternativeWithItsOwnValues()
    {
        var universe = new FactUniverse();
        var (c1, o2) = (universe.Facts[1], universe.Facts[5]);
        universe.Assign(1, 2, 3);
        universe.Assign(5, 2, 0);

        var matches = Matches(universe, [c1, o2]).Where(m => m.StartsWith("Or_TopTier", StringComparison.Ordinal));

        string[] expected = ["Or_TopTierOrFreeOrder#0(c=c1)", "Or_TopTierOrFreeOrder#1(o=o2, c=c1)"];
        Assert.Equal(expected, matches);
    }

    [Fact]
    public void Compare_SamePriorityRuleAndAlternative_OrdersByInsertionSequenceOfFirstDifferingFact()
    {
        var universe = new FactUniverse();
        var memory = new WorkingMemoryModel();
        var (c0, c1, o0) = (universe.Facts[0], universe.Facts[1], universe.Facts[3]);
        universe.Assign(0, 1, 0);
        universe.Assign(1, 1, 0);
        universe.Assign(3, 1, 0);
        memory.Insert(c1);
        memory.Insert(o0);
        memory.Insert(c0);

        var joins = new ReferenceEvaluator(TestRuleSet.Rules).Evaluate(memory.Facts)
            .Where(m => m.Rule.Name == "Join_OrderOfCustomer")
            .Order(new FiringOrderComparer(memory))
            .Select(m => MatchText.Of(m, universe));

        string[] expected = ["Join_OrderOfCustomer#0(c=c1, o=o0)", "Join_OrderOfCustomer#0(c=c0, o=o0)"];
        Assert.Equal(expected, joins);
    }

    private static List<string> Matches(FactUniverse universe, IReadOnlyList<object> facts) =>
        [.. new ReferenceEvaluator(TestRuleSet.Rules).Evaluate(facts).Select(m => MatchText.Of(m, universe)).Order(StringComparer.Ordinal)];
}
