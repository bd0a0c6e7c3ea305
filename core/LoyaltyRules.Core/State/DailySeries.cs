namespace LoyaltyRules.Core.State;

/// <summary>
/// A figure per day (a count, a sum, a maximum), kept only for the days that have one and only
/// within <see cref="CustomerState.Horizon"/>: rolling-window aggregates read at most that many
/// entries, however long the customer's history is.
/// </summary>
public sealed class DailySeries
{
    /// <summary>The days with a value, in date order (public for serialization).</summary>
    public List<DailyValue> Days { get; set; } = [];

    /// <summary>Adds <paramref name="value"/> to the day's figure.</summary>
    public void Add(DateOnly day, decimal value)
    {
        var at = Find(day);
        if (at >= 0)
        {
            Days[at] = Days[at] with { Value = Days[at].Value + value };
        }
        else
        {
            Days.Insert(~at, new DailyValue(day, value));
        }
    }

    /// <summary>Raises the day's figure to <paramref name="value"/> if it is higher.</summary>
    public void Raise(DateOnly day, decimal value)
    {
        var at = Find(day);
        if (at < 0)
        {
            Days.Insert(~at, new DailyValue(day, value));
        }
        else if (value > Days[at].Value)
        {
            Days[at] = Days[at] with { Value = value };
        }
    }

    /// <summary>The sum of the figures from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public decimal Sum(DateOnly from, DateOnly to)
    {
        var total = 0m;
        for (var i = Start(from); i < Days.Count && Days[i].Day <= to; i++)
        {
            total += Days[i].Value;
        }

        return total;
    }

    /// <summary>The highest figure from <paramref name="from"/> to <paramref name="to"/>, or null when there is none.</summary>
    public decimal? Max(DateOnly from, DateOnly to)
    {
        decimal? best = null;
        for (var i = Start(from); i < Days.Count && Days[i].Day <= to; i++)
        {
            if (best is null || Days[i].Value > best)
            {
                best = Days[i].Value;
            }
        }

        return best;
    }

    /// <summary>Forgets the days before <paramref name="day"/>.</summary>
    public void DropBefore(DateOnly day)
    {
        var first = Start(day);
        if (first > 0)
        {
            Days.RemoveRange(0, first);
        }
    }

    /// <summary>A copy.</summary>
    public DailySeries Clone() => new() { Days = [.. Days] };

    private int Start(DateOnly from)
    {
        var at = Find(from);
        return at >= 0 ? at : ~at;
    }

    private int Find(DateOnly day)
    {
        int low = 0, high = Days.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Days[middle].Day.CompareTo(day);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
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
