using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Aggregation;

/// <summary>
/// Aggregates the facts matching one left token. Results are computed from the facts in insertion
/// order and cached until the next change, so an unchanged aggregate yields the very same result
/// object (and nothing downstream is disturbed) and a changed one is the same on every machine.
/// </summary>
internal abstract class Aggregator
{
    /// <summary>The key of the one result of a non-grouping aggregate.</summary>
    public static readonly object SingleKey = new();

    public abstract void Add(Fact fact);

    public abstract void Remove(Fact fact);

    /// <summary>A matched fact was updated.</summary>
    public abstract void Modify(Fact fact);

    /// <summary>Appends the current results to <paramref name="results"/>, in a deterministic order.</summary>
    public abstract void Results(List<AggregateResult> results);

    /// <summary>The position of <paramref name="fact"/> in a list kept in insertion order (or where it would go).</summary>
    protected static int Position(List<Fact> facts, Fact fact)
    {
        int low = 0, high = facts.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var sequence = facts[middle].Sequence;
            if (sequence == fact.Sequence)
            {
                return middle;
            }

            if (sequence < fact.Sequence)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
