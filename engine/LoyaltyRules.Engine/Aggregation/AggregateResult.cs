namespace LoyaltyRules.Engine.Aggregation;

/// <summary>One result of an aggregate: its key (the group key, or <see cref="Aggregator.SingleKey"/>) and value.</summary>
internal readonly record struct AggregateResult(object Key, object? Value);
