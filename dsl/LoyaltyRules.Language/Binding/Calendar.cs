using System.Globalization;
using LoyaltyRules.Core;

namespace LoyaltyRules.Language.Binding;

/// <summary>
/// Date arithmetic that cannot throw: the calendar runs from 0001-01-01 to 9999-12-31, and a shift
/// past either end is a failure to report, not an exception. Also says why a written date is not one.
/// </summary>
internal static class Calendar
{
    /// <summary>The calendar's range, for messages.</summary>
    public const string Range = "0001-01-01 to 9999-12-31";

    /// <summary>
    /// <paramref name="date"/> moved by <paramref name="period"/> forwards (<paramref name="direction"/> 1)
    /// or backwards (-1), as <see cref="Period.After"/> and <see cref="Period.Before"/> do — months
    /// first, the day kept or cut to the month's last, then days — or false when that leaves the calendar.
    /// </summary>
    public static bool TryShift(DateOnly date, Period period, int direction, out DateOnly result)
    {
        result = default;
        var months = (date.Year * 12L) + date.Month - 1 + (direction * (long)period.Months);
        if (months < 12 || months >= 10_000 * 12L)
        {
            return false;
        }

        var year = (int)(months / 12);
        var month = (int)(months % 12) + 1;
        var day = Math.Min(date.Day, DateTime.DaysInMonth(year, month));
        var number = new DateOnly(year, month, day).DayNumber + (direction * (long)period.Days);
        if (number < DateOnly.MinValue.DayNumber || number > DateOnly.MaxValue.DayNumber)
        {
            return false;
        }

        result = DateOnly.FromDayNumber((int)number);
        return true;
    }

    /// <summary>
    /// Why <paramref name="written"/>, shaped year-month-day (four, two and two digits), is not a date:
    /// "months run from 01 to 12", "February 2026 has only 28 days".
    /// </summary>
    public static string WhyNotADate(string written)
    {
        var year = int.Parse(written.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var month = int.Parse(written.AsSpan(5, 2), CultureInfo.InvariantCulture);
        var day = int.Parse(written.AsSpan(8, 2), CultureInfo.InvariantCulture);
        if (year == 0)
        {
            return "years run from 0001 to 9999";
        }

        if (month is < 1 or > 12)
        {
            return "months run from 01 to 12";
        }

        var days = DateTime.DaysInMonth(year, month);
        var name = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);
        return day == 0
            ? $"days run from 01 to {days}"
            : $"{name} {written[..4]} has only {days} days";
    }
}
