using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>One result per distinct key, elements in insertion order, groups ordered by their first fact.</summary>
internal sealed class GroupByAggregator<TKey, TElement>(Func<object, TKey> key, Func<object, TElement> element) : Aggregator
{
    private readonly Dictionary<ValueTuple<TKey>, Group> _groups = [];
    private readonly Dictionary<Fact, ValueTuple<TKey>> _keys = new(ReferenceEqualityComparer.Instance);
    private readonly List<Group> _ordered = [];

    public override void Add(Fact fact)
    {
        var groupKey = new ValueTuple<TKey>(key(fact.Object));
        _keys[fact] = groupKey;
        if (!_groups.TryGetValue(groupKey, out var group))
        {
            group = new Group(groupKey);
            _groups[groupKey] = group;
        }

        var at = Position(group.Facts, fact);
        if (at < 0)
        {
            group.Facts.Insert(~at, fact);
            group.Elements.Insert(~at, element(fact.Object));
            group.Snapshot = null;
        }
    }

    public override void Remove(Fact fact)
    {
        if (!_keys.Remove(fact, out var groupKey) || !_groups.TryGetValue(groupKey, out var group))
        {
            return;
        }

        var at = Position(group.Facts, fact);
        if (at >= 0)
        {
            group.Facts.RemoveAt(at);
            group.Elements.RemoveAt(at);
            group.Snapshot = null;
        }

        if (group.Facts.Count == 0)
        {
            _groups.Remove(groupKey);
        }
    }

    public override void Modify(Fact fact)
    {
        if (!_keys.TryGetValue(fact, out var old))
        {
            return;
        }

        var updated = new ValueTuple<TKey>(key(fact.Object));
        if (!EqualityComparer<ValueTuple<TKey>>.Default.Equals(old, updated))
        {
            Remove(fact);
            Add(fact);
            return;
        }

        var group = _groups[old];
        var at = Position(group.Facts, fact);
        group.Elements[at] = element(fact.Object);
        group.Snapshot = null;
    }

    public override void Results(List<AggregateResult> results)
    {
        _ordered.Clear();
        _ordered.AddRange(_groups.Values);
        _ordered.Sort(static (a, b) => a.Facts[0].Sequence.CompareTo(b.Facts[0].Sequence));
        foreach (var group in _ordered)
        {
            group.Snapshot ??= new Grouping<TKey, TElement>(group.Key.Item1, [.. group.Elements]);
            results.Add(new AggregateResult(group.BoxedKey, group.Snapshot));
        }
    }

    private sealed class Group(ValueTuple<TKey> key)
    {
        public ValueTuple<TKey> Key { get; } = key;

        public object BoxedKey { get; } = key;

        public List<Fact> Facts { get; } = [];

        public List<TElement> Elements { get; } = [];

        public Grouping<TKey, TElement>? Snapshot { get; set; }
    }
}
