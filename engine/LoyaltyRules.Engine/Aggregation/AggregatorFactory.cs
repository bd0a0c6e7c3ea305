namespace LoyaltyRules.Engine.Aggregation;

/// <summary>Makes the aggregator of one aggregate node for each left token.</summary>
internal sealed class AggregatorFactory(Func<Aggregator> create)
{
    public Aggregator Create() => create();
}
