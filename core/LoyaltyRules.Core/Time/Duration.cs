namespace LoyaltyRules.Core;

/// <summary>
/// A duration as rules see it: either a calendar <see cref="Period"/> ("3 years") or the span between
/// two dates (a customer's tenure, the days since the last deposit). Comparing a span with a period
/// asks whether the period counted forward from the span's start ends on or before the span's end,
/// so "tenure ≥ 3 years" holds from the third anniversary of enrolment on — an anniversary of the
/// 29th of February falling on the 28th in other years, as birthdays do.
/// </summary>
public readonly record struct Duration
{
    private Duration(Period period, DateOnly start, DateOnly end, bool isSpan)
    {
        Period = period;
        Start = start;
        End = end;
        IsSpan = isSpan;
    }

    /// <summary>The calendar period (for a period).</summary>
    public Period Period { get; }

    /// <summary>The span's first day (for a span).</summary>
    public DateOnly Start { get; }

    /// <summary>The span's last day (for a span).</summary>
    public DateOnly End { get; }

    /// <summary>True for a span between dates, false for a calendar period.</summary>
    public bool IsSpan { get; }

    /// <summary>A calendar period.</summary>
    public static Duration Of(Period period) => new(period, default, default, false);

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Duration Between(DateOnly start, DateOnly end) => new(default, start, end, true);

    /// <summary>Whole days: the span's, or the period's when it ends on <paramref name="reference"/>.</summary>
    public int DaysAt(DateOnly reference) => IsSpan ? End.DayNumber - Start.DayNumber : Period.DaysEndingOn(reference);

    /// <summary>
    /// Compares two durations; <paramref name="reference"/> anchors periods that are compared with
    /// each other (the evaluation date).
    /// </summary>
    public static int Compare(Duration a, Duration b, DateOnly reference) => (a.IsSpan, b.IsSpan) switch
    {
        (true, false) => a.End.CompareTo(b.Period.After(a.Start)),
        (false, true) => b.End.CompareTo(a.Period.After(b.Start)) * -1,
        _ => a.DaysAt(reference).CompareTo(b.DaysAt(reference)),
    };

    /// <inheritdoc />
    public override string ToString() => IsSpan ? $"{End.DayNumber - Start.DayNumber} days" : Period.ToString();
}
