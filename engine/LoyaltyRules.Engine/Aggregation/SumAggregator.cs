using System.Numerics;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>The sum of the selected numbers, added in insertion order (so floating-point sums repeat exactly); 0 when nothing matches. Overflow throws.</summary>
internal sealed class SumAggregator<TValue>(Func<object, TValue> select) : OrderedAggregator<TValue>(select)
    where TValue : INumber<TValue>
{
    protected override bool TryCompute(out object? result)
    {
        var sum = TValue.Zero;
        foreach (var value in Values)
        {
            sum = checked(sum + value);
        }

        result = sum;
        return true;
    }
}
