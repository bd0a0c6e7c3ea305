using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>A non-grouping aggregate over selected values kept in fact insertion order.</summary>
internal abstract class OrderedAggregator<TValue>(Func<object, TValue> select) : Aggregator
{
    private readonly List<Fact> _facts = [];
    private object? _result;
    private bool _hasResult;
    private bool _stale = true;

    protected List<TValue> Values { get; } = [];

    public override void Add(Fact fact)
    {
        var at = Position(_facts, fact);
        if (at >= 0)
        {
            return;
        }

        _facts.Insert(~at, fact);
        Values.Insert(~at, select(fact.Object));
        _stale = true;
    }

    public override void Remove(Fact fact)
    {
        var at = Position(_facts, fact);
        if (at < 0)
        {
            return;
        }

        _facts.RemoveAt(at);
        Values.RemoveAt(at);
        _stale = true;
    }

    public override void Modify(Fact fact)
    {
        var at = Position(_facts, fact);
        if (at < 0)
        {
            return;
        }

        var value = select(fact.Object);
        if (ChangesWith(Values[at], value))
        {
            Values[at] = value;
            _stale = true;
        }
    }

    public override void Results(List<AggregateResult> results)
    {
        if (_stale)
        {
            _hasResult = TryCompute(out _result);
            _stale = false;
        }

        if (_hasResult)
        {
            results.Add(new AggregateResult(SingleKey, _result));
        }
    }

    /// <summary>Whether replacing <paramref name="old"/> by <paramref name="updated"/> changes the result.</summary>
    protected virtual bool ChangesWith(TValue old, TValue updated) => !EqualityComparer<TValue>.Default.Equals(old, updated);

    /// <summary>Computes the result from <see cref="Values"/>; false when there is none (min of nothing, say).</summary>
    protected abstract bool TryCompute(out object? result);
}
