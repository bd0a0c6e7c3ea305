using System.Linq.Expressions;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>The rule table as rule definitions for our engine: a customer pattern, then a transaction pattern, then the award.</summary>
internal static class OurEngineRules
{
    private static readonly ParameterExpression Customer = Expression.Parameter(typeof(BenchCustomer), "c");
    private static readonly ParameterExpression Transaction = Expression.Parameter(typeof(BenchTransaction), "t");
    private static readonly ParameterExpression Context = Expression.Parameter(typeof(IContext), "ctx");

    public static IReadOnlyList<RuleDefinition> From(IReadOnlyList<LoyaltyRuleSpec> specs) => [.. specs.Select(Rule)];

    private static RuleDefinition Rule(LoyaltyRuleSpec spec)
    {
        var customer = new List<LambdaExpression>();
        if (spec.MinTier > 0)
        {
            customer.Add(Test(Customer, Expression.GreaterThanOrEqual(Expression.Property(Customer, nameof(BenchCustomer.Tier)), Expression.Constant(spec.MinTier))));
        }

        if (spec.MinTenure > 0)
        {
            customer.Add(Test(Customer, Expression.GreaterThanOrEqual(Expression.Property(Customer, nameof(BenchCustomer.TenureYears)), Expression.Constant(spec.MinTenure))));
        }

        var transaction = new List<LambdaExpression> { Equals(nameof(BenchTransaction.Kind), spec.Kind) };
        AddEquals(transaction, nameof(BenchTransaction.Channel), spec.Channel);
        AddEquals(transaction, nameof(BenchTransaction.Category), spec.Category);
        AddEquals(transaction, nameof(BenchTransaction.Merchant), spec.Merchant);
        AddEquals(transaction, nameof(BenchTransaction.Product), spec.Product);
        if (spec.MinAmount > 0)
        {
            transaction.Add(Test(Transaction, Expression.GreaterThanOrEqual(Expression.Property(Transaction, nameof(BenchTransaction.Amount)), Expression.Constant(spec.MinAmount))));
        }

        Expression points = spec.FixedPoints is { } fixedPoints
            ? Expression.Constant(fixedPoints)
            : Expression.Convert(Expression.Divide(Expression.Property(Transaction, nameof(BenchTransaction.Amount)), Expression.Constant(spec.Divisor)), typeof(int));
        var award = Expression.New(
            typeof(PointsAward).GetConstructors()[0],
            Expression.Property(Customer, nameof(BenchCustomer.Id)), points, Expression.Constant(spec.Name));
        var action = Expression.Lambda(Expression.Call(Context, typeof(IContext).GetMethod(nameof(IContext.Emit))!, award), Context, Customer, Transaction);

        return RuleModelFactory.Rule(
            spec.Name,
            And(Pattern(typeof(BenchCustomer), "c", [.. customer]), Pattern(typeof(BenchTransaction), "t", [.. transaction])),
            Actions(Action(action)));
    }

    private static void AddEquals(List<LambdaExpression> conditions, string property, string? value)
    {
        if (value is not null)
        {
            conditions.Add(Equals(property, value));
        }
    }

    private static LambdaExpression Equals(string property, string value) =>
        Test(Transaction, Expression.Equal(Expression.Property(Transaction, property), Expression.Constant(value)));

    private static LambdaExpression Test(ParameterExpression parameter, Expression body) => Expression.Lambda(body, parameter);
}
