using System.Collections;
using System.Globalization;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Computes an aggregate directly from the facts that match its source, in insertion order.</summary>
internal static class ReferenceAggregates
{
    /// <summary>The aggregate's results: one, or none for min/max/average over nothing.</summary>
    public static IReadOnlyList<object> Compute(AggregateElement aggregate, IReadOnlyList<object> matching, ExpressionInvoker invoker)
    {
        var selected = aggregate.Selector is { } selector
            ? matching.Select(fact => invoker.InvokeWith(selector, fact)!).ToList()
            : [.. matching];
        var selectedType = aggregate.Selector?.ReturnType ?? aggregate.Source.Declaration.Type;
        return aggregate.Kind switch
        {
            AggregateKind.Count => [matching.Count],
            AggregateKind.Sum => [Sum(selected, selectedType)],
            AggregateKind.Collect => [Collect(selected, selectedType)],
            AggregateKind.Min => selected.Count == 0 ? [] : [selected.Aggregate((a, b) => Comparer.Default.Compare(a, b) <= 0 ? a : b)],
            AggregateKind.Max => selected.Count == 0 ? [] : [selected.Aggregate((a, b) => Comparer.Default.Compare(a, b) >= 0 ? a : b)],
            AggregateKind.Average => selected.Count == 0 ? [] : [Average(selected, selectedType)],
            _ => throw new NotSupportedException($"The reference evaluator does not model {aggregate.Kind} aggregates."),
        };
    }

    private static object Sum(List<object> values, Type type) => type switch
    {
        _ when type == typeof(int) => (object)values.Sum(v => (int)v),
        _ when type == typeof(long) => (object)values.Sum(v => (long)v),
        _ when type == typeof(decimal) => (object)values.Sum(v => (decimal)v),
        _ when type == typeof(double) => (object)values.Sum(v => (double)v),
        _ when type == typeof(float) => (object)values.Sum(v => (float)v),
        _ => throw new NotSupportedException($"Cannot sum {type.Name}."),
    };

    private static object Average(List<object> values, Type type) =>
        type == typeof(decimal)
            ? values.Sum(v => (decimal)v) / values.Count
            : (object)(values.Sum(v => Convert.ToDouble(v, CultureInfo.InvariantCulture)) / values.Count);

    private static Array Collect(List<object> values, Type elementType)
    {
        var list = Array.CreateInstance(elementType, values.Count);
        for (var i = 0; i < values.Count; i++)
        {
            list.SetValue(values[i], i);
        }

        return list;
    }
}
