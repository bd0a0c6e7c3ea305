namespace LoyaltyRules.Core;

/// <summary>
/// A calendar length: months and days. "12 months" back from 2026-03-31 is 2025-03-31, whatever the
/// days in between; years are twelve months and weeks seven days.
/// </summary>
/// <param name="Months">Whole months.</param>
/// <param name="Days">Days on top of the months.</param>
public readonly record struct Period(int Months, int Days)
{
    /// <summary>A number of days.</summary>
    public static Period FromDays(int days) => new(0, days);

    /// <summary>A number of weeks (seven days each).</summary>
    public static Period FromWeeks(int weeks) => new(0, checked(weeks * 7));

    /// <summary>A number of months.</summary>
    public static Period FromMonths(int months) => new(months, 0);

    /// <summary>A number of years (twelve months each).</summary>
    public static Period FromYears(int years) => new(checked(years * 12), 0);

    /// <summary>The date this period before <paramref name="date"/>.</summary>
    public DateOnly Before(DateOnly date) => date.AddMonths(-Months).AddDays(-Days);

    /// <summary>The date this period after <paramref name="date"/>.</summary>
    public DateOnly After(DateOnly date) => date.AddMonths(Months).AddDays(Days);

    /// <summary>Its length in days when it ends on <paramref name="end"/> (months vary in length).</summary>
    public int DaysEndingOn(DateOnly end) => end.DayNumber - Before(end).DayNumber;

    /// <inheritdoc />
    public override string ToString() => (Months, Days) switch
    {
        (0, var d) => d == 1 ? "1 day" : $"{d} days",
        (var m, 0) when m % 12 == 0 => m == 12 ? "1 year" : $"{m / 12} years",
        (var m, 0) => m == 1 ? "1 month" : $"{m} months",
        var (m, d) => $"{m} months {d} days",
    };
}
