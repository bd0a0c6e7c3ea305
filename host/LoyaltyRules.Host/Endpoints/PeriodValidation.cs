using System.Globalization;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>Checks a reporting period given as <c>from</c> and <c>to</c> (days, both included), naming the field that is wrong.</summary>
internal static class PeriodValidation
{
    /// <summary>The longest period accepted, in days (about ten years: the history a host accepts).</summary>
    public const int MaxDays = 3660;

    /// <summary>The earliest first day accepted (a period and the one before it, for retention, stay well inside the calendar).</summary>
    public static readonly DateOnly FirstDay = new(1900, 1, 1);

    /// <summary>The latest last day accepted (the day and the month after it, where a period ends, exist).</summary>
    public static readonly DateOnly LastDay = new(9998, 12, 31);

    /// <summary>The period, or null with what is wrong added to <paramref name="errors"/>.</summary>
    public static ReportingPeriod? Check(DateOnly? from, DateOnly? to, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (from is null)
        {
            errors["from"] = ["'from' is required: the first day of the period (yyyy-MM-dd)."];
        }

        if (to is null)
        {
            errors["to"] = ["'to' is required: the last day of the period, included (yyyy-MM-dd)."];
        }

        if (from is not { } first || to is not { } last)
        {
            return null;
        }

        if (first < FirstDay)
        {
            errors["from"] = [$"'from' ({first:yyyy-MM-dd}) is before {FirstDay:yyyy-MM-dd}, the earliest day accepted."];
        }

        if (last > LastDay)
        {
            errors["to"] = [$"'to' ({last:yyyy-MM-dd}) is after {LastDay:yyyy-MM-dd}, the latest day accepted."];
        }

        if (first < FirstDay || last > LastDay)
        {
            return null;
        }

        if (first > last)
        {
            errors["to"] = [$"'to' ({last:yyyy-MM-dd}) is before 'from' ({first:yyyy-MM-dd}); the period needs from ≤ to."];
            return null;
        }

        var period = new ReportingPeriod(first, last);
        if (period.Days > MaxDays)
        {
            errors["to"] = [$"The period has {period.Days} days; at most {MaxDays} are accepted."];
            return null;
        }

        return period;
    }

    /// <summary>A day from a query string: null when absent; null with an error when it is not <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly? Day(string field, string? text, IDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[field] = [$"'{field}' is '{text}', which is not a date (yyyy-MM-dd)."];
        return null;
    }
}
