namespace LoyaltyRules.RuleModel;

/// <summary>What an <see cref="AggregateElement"/> computes over the facts matching its source pattern.</summary>
public enum AggregateKind
{
    /// <summary>The matching facts (or selected values), in insertion order: <c>IReadOnlyList&lt;T&gt;</c>. Always produces a result, possibly empty.</summary>
    Collect,

    /// <summary>How many facts match: <see cref="int"/>. Always produces a result, possibly 0.</summary>
    Count,

    /// <summary>The sum of a selected number over the matching facts. Always produces a result, possibly 0.</summary>
    Sum,

    /// <summary>The least selected value. No result when nothing matches.</summary>
    Min,

    /// <summary>The greatest selected value. No result when nothing matches.</summary>
    Max,

    /// <summary>The mean of a selected number (<see cref="double"/>, or <see cref="decimal"/> for decimals). No result when nothing matches.</summary>
    Average,

    /// <summary>One result per distinct key: <c>IGrouping&lt;TKey, TElement&gt;</c>, elements in insertion order. No result when nothing matches.</summary>
    GroupBy,
}
