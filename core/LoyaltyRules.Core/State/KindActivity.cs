namespace LoyaltyRules.Core.State;

/// <summary>A customer's activity of one event kind: daily counts, sums and maxima, and the first and last dates.</summary>
public sealed class KindActivity
{
    /// <summary>Events per day.</summary>
    public DailySeries Count { get; set; } = new();

    /// <summary>Amounts per day.</summary>
    public DailySeries Amount { get; set; } = new();

    /// <summary>The largest amount per day.</summary>
    public DailySeries MaxAmount { get; set; } = new();

    /// <summary>The first day with such an event.</summary>
    public DateOnly? First { get; set; }

    /// <summary>The last day with such an event.</summary>
    public DateOnly? Last { get; set; }

    /// <summary>Every such event ever.</summary>
    public long LifetimeCount { get; set; }

    /// <summary>The sum of their amounts ever.</summary>
    public decimal LifetimeAmount { get; set; }

    /// <summary>Counts an event of <paramref name="amount"/> on <paramref name="day"/>.</summary>
    public void Record(DateOnly day, decimal amount)
    {
        Count.Add(day, 1);
        Amount.Add(day, amount);
        MaxAmount.Raise(day, amount);
        LifetimeCount++;
        LifetimeAmount += amount;
        if (First is null || day < First)
        {
            First = day;
        }

        if (Last is null || day > Last)
        {
            Last = day;
        }
    }

    /// <summary>Takes back a reversed event (its day's maximum is kept: a maximum cannot be un-taken without the day's other amounts).</summary>
    public void Unrecord(DateOnly day, decimal amount)
    {
        Count.Add(day, -1);
        Amount.Add(day, -amount);
        LifetimeCount--;
        LifetimeAmount -= amount;
    }

    /// <summary>Forgets the days before <paramref name="day"/>.</summary>
    public void DropBefore(DateOnly day)
    {
        Count.DropBefore(day);
        Amount.DropBefore(day);
        MaxAmount.DropBefore(day);
    }

    /// <summary>A deep copy.</summary>
    public KindActivity Clone() => new()
    {
        Count = Count.Clone(),
        Amount = Amount.Clone(),
        MaxAmount = MaxAmount.Clone(),
        First = First,
        Last = Last,
        LifetimeCount = LifetimeCount,
        LifetimeAmount = LifetimeAmount,
    };
}
