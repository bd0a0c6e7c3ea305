using System.Linq.Expressions;
using System.Numerics;
using System.Reflection;
using LoyaltyRules.Engine.Aggregation;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>Makes the aggregator factory of an aggregate element, typed by its selectors.</summary>
internal static class AggregatorFactories
{
    public static AggregatorFactory Create(AggregateElement aggregate)
    {
        var element = aggregate.Source.Declaration.Type;
        var selected = aggregate.Selector?.ReturnType ?? element;
        return aggregate.Kind switch
        {
            AggregateKind.Count => new AggregatorFactory(static () => new CountAggregator()),
            AggregateKind.Collect => Invoke(nameof(Collect), [selected], aggregate.Selector),
            AggregateKind.Sum => Invoke(nameof(Sum), [selected], aggregate.Selector),
            AggregateKind.Average => Invoke(nameof(Average), [selected], aggregate.Selector),
            AggregateKind.Min => Invoke(nameof(Extreme), [selected], aggregate.Selector, false),
            AggregateKind.Max => Invoke(nameof(Extreme), [selected], aggregate.Selector, true),
            AggregateKind.GroupBy => Invoke(nameof(GroupBy), [selected, aggregate.ElementSelector?.ReturnType ?? element], aggregate.Selector, aggregate.ElementSelector),
            _ => throw new ArgumentOutOfRangeException(nameof(aggregate), aggregate.Kind, "Unknown aggregate kind."),
        };
    }

    private static AggregatorFactory Invoke(string method, Type[] types, params object?[] arguments) =>
        (AggregatorFactory)typeof(AggregatorFactories)
            .GetMethod(method, BindingFlags.NonPublic | BindingFlags.Static)!
            .MakeGenericMethod(types)
            .Invoke(null, arguments)!;

    private static CompiledDelegate<Func<object, T>> Selector<T>(LambdaExpression? selector) =>
        new(() => selector is null ? static o => (T)o : ExpressionRewriter.CompileFactFunc<T>(selector));

    private static AggregatorFactory Collect<T>(LambdaExpression? selector)
    {
        var select = Selector<T>(selector);
        return new AggregatorFactory(() => new CollectAggregator<T>(select.Value));
    }

    private static AggregatorFactory Sum<T>(LambdaExpression selector)
        where T : INumber<T>
    {
        var select = Selector<T>(selector);
        return new AggregatorFactory(() => new SumAggregator<T>(select.Value));
    }

    private static AggregatorFactory Average<T>(LambdaExpression selector)
        where T : INumber<T>
    {
        var select = Selector<T>(selector);
        return new AggregatorFactory(() => new AverageAggregator<T>(select.Value));
    }

    private static AggregatorFactory Extreme<T>(LambdaExpression selector, bool greatest)
    {
        var select = Selector<T>(selector);
        return new AggregatorFactory(() => new ExtremeAggregator<T>(select.Value, greatest));
    }

    private static AggregatorFactory GroupBy<TKey, TElement>(LambdaExpression keySelector, LambdaExpression? elementSelector)
    {
        var key = Selector<TKey>(keySelector);
        var element = Selector<TElement>(elementSelector);
        return new AggregatorFactory(() => new GroupByAggregator<TKey, TElement>(key.Value, element.Value));
    }
}
