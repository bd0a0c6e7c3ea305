namespace LoyaltyRules.Engine.Aggregation;

/// <summary>The matching facts (or selected values) in insertion order, as a fresh array on every change.</summary>
internal sealed class CollectAggregator<TValue>(Func<object, TValue> select) : OrderedAggregator<TValue>(select)
{
    // A collected fact that was updated changes the collection even when it is the same object.
    protected override bool ChangesWith(TValue old, TValue updated) => true;

    protected override bool TryCompute(out object? result)
    {
        result = Values.ToArray();
        return true;
    }
}
