using System.Linq.Expressions;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// The fixed rules the properties run: one per feature of the left-hand side (alpha conditions,
/// hashed and non-equality joins, not, exists, aggregates, a binding, or-groups — one wide enough for
/// the engine's hash dispatch of constant tests — and a filter), with a few priorities and
/// non-repeatable rules so the agenda order and the repeatability model matter.
/// Every action only emits the rule's name.
/// </summary>
internal static class TestRuleSet
{
    /// <summary>The rules, in declaration order.</summary>
    public static IReadOnlyList<RuleDefinition> Rules { get; } = Build();

    /// <summary>A fresh copy of the rules (new definition objects with the same content).</summary>
    public static IReadOnlyList<RuleDefinition> Build() =>
    [
        Rule("Alpha_GoldCustomer", And(Pattern<Customer>("c", c => c.Tier >= 2, c => c.Id != 1))),
        Rule(
            "Join_OrderOfCustomer",
            And(Pattern<Customer>("c"), Pattern(typeof(Order), "o", OfCustomer("o"))),
            new RuleOptions { Repeatability = RuleRepeatability.NonRepeatable }),
        Rule(
            "Join_AmountAboveTier",
            And(
                Pattern<Customer>("c"),
                Pattern(typeof(Order), "o", (Expression<Func<Order, bool>>)(o => o.Amount >= 2), (Expression<Func<Order, Customer, bool>>)((o, c) => o.Amount > c.Tier)))),
        Rule(
            "Not_NoLargeOrder",
            And(Pattern<Customer>("c"), Not(Pattern(typeof(Order), "x", OfCustomer("x"), (Expression<Func<Order, bool>>)(x => x.Amount >= 3)))),
            new RuleOptions { Priority = 5, Repeatability = RuleRepeatability.NonRepeatable }),
        Rule("Exists_ActiveCustomer", And(Pattern<Customer>("c", c => c.Tier >= 1), Exists(Pattern(typeof(Order), "e", OfCustomer("e"))))),
        Rule(
            "Count_FrequentCustomer",
            And(Pattern<Customer>("c"), Pattern(RuleModelFactory.Declaration("n", typeof(int)), [Condition((Expression<Func<int, bool>>)(n => n >= 2))], Count(OrdersOfCustomer()))),
            new RuleOptions { Priority = -1 }),
        Rule(
            "Sum_EvenSpend",
            And(
                Pattern<Customer>("c"),
                Pattern(
                    RuleModelFactory.Declaration("total", typeof(int)),
                    [Condition((Expression<Func<int, bool>>)(total => total % 2 == 0)), Condition((Expression<Func<int, Customer, bool>>)((total, c) => total >= c.Tier))],
                    Sum(OrdersOfCustomer(), Amount())))),
        Rule(
            "Collect_FewOrders",
            And(
                Pattern<Customer>("c"),
                Pattern(
                    RuleModelFactory.Declaration("orders", typeof(IReadOnlyList<Order>)),
                    [Condition((Expression<Func<IReadOnlyList<Order>, bool>>)(orders => orders.Count <= 2))],
                    Collect(Pattern(typeof(Order), "x", OfCustomer("x"), (Expression<Func<Order, bool>>)(x => x.Amount >= 1)))))),
        Rule(
            "Min_SmallOrder",
            And(Pattern<Customer>("c"), Pattern(RuleModelFactory.Declaration("least", typeof(int)), [Condition((Expression<Func<int, bool>>)(least => least <= 1))], Min(OrdersOfCustomer(), Amount())))),
        Rule(
            "Max_BigOrder",
            And(Pattern<Customer>("c"), Pattern(RuleModelFactory.Declaration("top", typeof(int)), [Condition((Expression<Func<int, bool>>)(top => top >= 3))], Max(OrdersOfCustomer(), Amount()))),
            new RuleOptions { Repeatability = RuleRepeatability.NonRepeatable }),
        Rule(
            "Average_SteadyCustomer",
            And(Pattern<Customer>("c"), Pattern(RuleModelFactory.Declaration("avg", typeof(double)), [Condition((Expression<Func<double, bool>>)(avg => avg >= 2.5))], Average(OrdersOfCustomer(), Amount())))),
        Rule(
            "Count_LargeOrdersOverall",
            And(Pattern(RuleModelFactory.Declaration("big", typeof(int)), [Condition((Expression<Func<int, bool>>)(big => big != 1))], Count(Pattern<Order>("x", x => x.Amount >= 3)))),
            new RuleOptions { Priority = 1 }),
        Rule(
            "Binding_CustomerKey",
            And(
                Pattern<Order>("o", o => o.Amount >= 1),
                Binding("key", (Expression<Func<Order, int>>)(o => o.CustomerId)),
                Pattern(typeof(Customer), "c", (Expression<Func<Customer, int, bool>>)((c, key) => c.Id == key))),
            new RuleOptions { Repeatability = RuleRepeatability.NonRepeatable }),
        Rule(
            "Or_TopTierOrFreeOrder",
            And(
                Or(
                    Pattern<Customer>("c", c => c.Tier == 3),
                    And(Pattern<Order>("o", o => o.Amount == 0), Pattern(typeof(Customer), "c", (Expression<Func<Customer, Order, bool>>)((c, o) => c.Id == o.CustomerId)))))),
        Rule(
            "Or_TierDispatch",
            And(
                Or(
                    Pattern<Customer>("c", c => c.Tier == 0),
                    Pattern<Customer>("c", c => c.Tier == 1),
                    Pattern<Customer>("c", c => c.Tier == 2),
                    Pattern<Customer>("c", c => c.Tier == 3),
                    Pattern<Customer>("c", c => 1 == c.Tier))),
            new RuleOptions { Priority = -2 }),
        Rule(
            "Filter_HighValuePair",
            And(
                Pattern<Customer>("c"),
                Pattern(typeof(Order), "o", OfCustomer("o")),
                Filter((Expression<Func<Customer, Order, bool>>)((c, o) => c.Tier + o.Amount >= 5))),
            new RuleOptions { Priority = 2 }),
        Rule(
            "Join_LargerSiblingOrder",
            And(
                Pattern<Customer>("c"),
                Pattern(typeof(Order), "o", OfCustomer("o")),
                Pattern(typeof(Order), "o2", (Expression<Func<Order, Order, bool>>)((o2, o) => o2.CustomerId == o.CustomerId && o2.Amount > o.Amount)))),
    ];

    private static RuleDefinition Rule(string name, GroupElement leftHandSide, RuleOptions? options = null) =>
        RuleModelFactory.Rule(name, leftHandSide, Actions(RuleModelFactory.Action((Expression<Action<IContext>>)(ctx => ctx.Emit(ctx.Rule.Name)))), options);

    /// <summary>The hashable join <c>{name}.CustomerId == c.Id</c>, its first parameter named <paramref name="name"/>.</summary>
    private static Expression<Func<Order, Customer, bool>> OfCustomer(string name)
    {
        var order = Expression.Parameter(typeof(Order), name);
        var customer = Expression.Parameter(typeof(Customer), "c");
        var body = Expression.Equal(Expression.Property(order, nameof(Order.CustomerId)), Expression.Property(customer, nameof(Customer.Id)));
        return Expression.Lambda<Func<Order, Customer, bool>>(body, order, customer);
    }

    /// <summary>Orders <c>x</c> of the customer <c>c</c> declared before.</summary>
    private static PatternElement OrdersOfCustomer() => Pattern(typeof(Order), "x", OfCustomer("x"));

    private static Expression<Func<Order, int>> Amount() => x => x.Amount;
}
