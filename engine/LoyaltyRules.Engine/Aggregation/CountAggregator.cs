namespace LoyaltyRules.Engine.Aggregation;

/// <summary>How many facts match; 0 when none do.</summary>
internal sealed class CountAggregator() : OrderedAggregator<bool>(static _ => true)
{
    protected override bool TryCompute(out object? result)
    {
        result = Values.Count;
        return true;
    }
}
