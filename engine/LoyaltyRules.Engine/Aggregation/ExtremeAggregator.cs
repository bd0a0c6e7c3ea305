namespace LoyaltyRules.Engine.Aggregation;

/// <summary>The least (or greatest) selected value; the earliest fact wins ties; no result when nothing matches.</summary>
internal sealed class ExtremeAggregator<TValue>(Func<object, TValue> select, bool greatest) : OrderedAggregator<TValue>(select)
{
    protected override bool TryCompute(out object? result)
    {
        if (Values.Count == 0)
        {
            result = null;
            return false;
        }

        var best = Values[0];
        var comparer = Comparer<TValue>.Default;
        for (var i = 1; i < Values.Count; i++)
        {
            var order = comparer.Compare(Values[i], best);
            if (greatest ? order > 0 : order < 0)
            {
                best = Values[i];
            }
        }

        result = best;
        return true;
    }
}
