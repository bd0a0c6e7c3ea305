using System.Numerics;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>The mean of the selected numbers: decimal for decimals, double otherwise; no result when nothing matches.</summary>
internal sealed class AverageAggregator<TValue>(Func<object, TValue> select) : OrderedAggregator<TValue>(select)
    where TValue : INumber<TValue>
{
    protected override bool TryCompute(out object? result)
    {
        if (Values.Count == 0)
        {
            result = null;
            return false;
        }

        if (typeof(TValue) == typeof(decimal))
        {
            var sum = 0m;
            foreach (var value in Values)
            {
                sum += decimal.CreateChecked(value);
            }

            result = sum / Values.Count;
            return true;
        }

        var total = 0d;
        foreach (var value in Values)
        {
            total += double.CreateChecked(value);
        }

        result = total / Values.Count;
        return true;
    }
}
