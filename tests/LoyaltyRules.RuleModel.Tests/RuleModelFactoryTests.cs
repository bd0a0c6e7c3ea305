using System.Linq.Expressions;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.RuleModel.Tests;

public sealed class RuleModelFactoryTests
{
    [Fact]
    public void Aggregate_ResultTypes_FollowTheKindAndSelectors()
    {
        var items = Pattern<Item>("i");

        Assert.Equal(typeof(int), Count(items).ResultType);
        Assert.Equal(typeof(IReadOnlyList<Item>), Collect(items).ResultType);
        Assert.Equal(typeof(IReadOnlyList<string>), Collect(items, (Expression<Func<Item, string>>)(i => i.Name)).ResultType);
        Assert.Equal(typeof(decimal), Sum(items, (Expression<Func<Item, decimal>>)(i => i.Price)).ResultType);
        Assert.Equal(typeof(double), Average(items, (Expression<Func<Item, int>>)(i => i.Id)).ResultType);
        Assert.Equal(typeof(decimal), Average(items, (Expression<Func<Item, decimal>>)(i => i.Price)).ResultType);
        Assert.Equal(typeof(IGrouping<string, Item>), GroupBy(items, (Expression<Func<Item, string>>)(i => i.Name)).ResultType);
    }

    [Fact]
    public void Aggregate_SumWithoutSelector_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Aggregate(AggregateKind.Sum, Pattern<Item>("i")));

        Assert.StartsWith("A Sum aggregate needs a selector.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_LeftHandSideIsAnOrGroup_Throws()
    {
        Assert.Throws<ArgumentException>(() => Rule("r", Or(Pattern<Item>("i")), Actions()));
    }

    [Fact]
    public void Rule_Options_AreCopiedIntoTheDefinition()
    {
        var properties = new Dictionary<string, string> { ["source"] = "rules.loyalty:12" };
        var rule = Rule("r", And(), Actions(), new RuleOptions { Priority = 3, Repeatability = RuleRepeatability.NonRepeatable, Description = "d", Tags = ["a", "b"], Properties = properties });
        properties["source"] = "changed";

        Assert.Equal((3, RuleRepeatability.NonRepeatable, "d"), (rule.Priority, rule.Repeatability, rule.Description));
        Assert.Equal(["a", "b"], rule.Tags);
        Assert.Equal("rules.loyalty:12", rule.Properties["source"]);
    }

    [Fact]
    public void Expand_NestedOrGroups_GiveTheCrossProductInOrder()
    {
        var a = Pattern<Item>("a");
        var b = Pattern<Item>("b");
        var c = Pattern<Item>("c");
        var d = Pattern<Item>("d");

        var branches = LeftHandSideExpansion.Expand(And(a, Or(b, c), Or(d, And())));

        Assert.Equal(
            ["a b d", "a b", "a c d", "a c"],
            branches.Select(branch => string.Join(" ", branch.Cast<PatternElement>().Select(p => p.Declaration.Name))));
    }

    [Fact]
    public void Expand_TooManyAlternatives_IsRefused()
    {
        var or = Or(Pattern<Item>("a"), Pattern<Item>("b"));

        Assert.False(LeftHandSideExpansion.TryExpand(And(or, or, or, or, or, or, or, or, or), out _));
    }
}
