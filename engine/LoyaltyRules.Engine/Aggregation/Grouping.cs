using System.Collections;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>An immutable group produced by a group-by aggregate.</summary>
internal sealed class Grouping<TKey, TElement>(TKey key, TElement[] elements) : IGrouping<TKey, TElement>, IReadOnlyList<TElement>
{
    public TKey Key { get; } = key;

    public int Count => elements.Length;

    public TElement this[int index] => elements[index];

    public IEnumerator<TElement> GetEnumerator() => ((IEnumerable<TElement>)elements).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"{Key}: [{string.Join(", ", elements)}]";
}
