using System.Globalization;
using LoyaltyRules.Core.Facts;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// The functions compiled rules call. Each takes missing values (null) in its stride: arithmetic on a
/// missing value is missing, a test of a missing value is false, and nothing throws — a rule never
/// fails an evaluation because a survey had no NPS answer or a divisor was zero.
/// </summary>
public static class RuleFunctions
{
    /// <summary>Rounds down.</summary>
    public static decimal? Floor(decimal? value) => value is { } v ? Math.Floor(v) : null;

    /// <summary>Rounds up.</summary>
    public static decimal? Ceiling(decimal? value) => value is { } v ? Math.Ceiling(v) : null;

    /// <summary>Rounds half away from zero, to <paramref name="decimals"/> places.</summary>
    public static decimal? Round(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;

    /// <summary>The absolute value.</summary>
    public static decimal? Abs(decimal? value) => value is { } v ? Math.Abs(v) : null;

    /// <summary>The smallest value (missing when any is missing).</summary>
    public static decimal? Min(decimal?[] values) => values.Any(v => v is null) ? null : values.Min();

    /// <summary>The largest value (missing when any is missing).</summary>
    public static decimal? Max(decimal?[] values) => values.Any(v => v is null) ? null : values.Max();

    /// <summary>The product; missing when a side is missing or the result is out of range.</summary>
    public static decimal? Multiply(decimal? left, decimal? right)
    {
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        try
        {
            return l * r;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>The quotient; missing when a side is missing, the divisor is zero or the result is out of range.</summary>
    public static decimal? Divide(decimal? left, decimal? right)
    {
        if (left is not { } l || right is not { } r || r == 0)
        {
            return null;
        }

        try
        {
            return l / r;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>Lower case.</summary>
    public static string? Lower(string? text) => text?.ToLowerInvariant();

    /// <summary>Upper case.</summary>
    public static string? Upper(string? text) => text?.ToUpperInvariant();

    /// <summary>The year of a date.</summary>
    public static decimal? Year(DateOnly? date) => date?.Year;

    /// <summary>The month of a date (1 to 12).</summary>
    public static decimal? Month(DateOnly? date) => date?.Month;

    /// <summary>The day of the month.</summary>
    public static decimal? Day(DateOnly? date) => date?.Day;

    /// <summary>The day of the week in lower case: monday … sunday.</summary>
    public static string? Weekday(DateOnly? date) => date?.DayOfWeek.ToString().ToLower(CultureInfo.InvariantCulture);

    /// <summary>Whether the text starts with <paramref name="prefix"/> (exact case).</summary>
    public static bool StartsWith(string? text, string? prefix) => text is not null && prefix is not null && text.StartsWith(prefix, StringComparison.Ordinal);

    /// <summary>Whether the text ends with <paramref name="suffix"/> (exact case).</summary>
    public static bool EndsWith(string? text, string? suffix) => text is not null && suffix is not null && text.EndsWith(suffix, StringComparison.Ordinal);

    /// <summary>Whether the text contains <paramref name="part"/> (exact case).</summary>
    public static bool Contains(string? text, string? part) => text is not null && part is not null && text.Contains(part, StringComparison.Ordinal);

    /// <summary>Whether the customer has the tag.</summary>
    public static bool HasTag(IReadOnlySet<string> tags, string? tag) => tag is not null && tags.Contains(tag);

    /// <summary>Whether the value is one of <paramref name="items"/> (a missing value is in no list).</summary>
    public static bool In<T>(T? value, IReadOnlySet<T> items)
        where T : struct => value is { } v && items.Contains(v);

    /// <summary>Whether the text is one of <paramref name="items"/> (a missing text is in no list).</summary>
    public static bool InText(string? value, IReadOnlySet<string> items) => value is not null && items.Contains(value);

    /// <summary>Compares two durations as of <paramref name="reference"/> (see <see cref="Duration.Compare"/>); missing when one is.</summary>
    public static int? Compare(Duration? left, Duration? right, DateOnly reference) =>
        left is { } l && right is { } r ? Duration.Compare(l, r, reference) : null;

    /// <summary>The duration from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public static Duration? Between(DateOnly? start, DateOnly? end) => start is { } s && end is { } e ? Duration.Between(s, e) : null;

    /// <summary>The date <paramref name="period"/> after (or, with <paramref name="subtract"/>, before) <paramref name="date"/>.</summary>
    public static DateOnly? Shift(DateOnly? date, Period period, bool subtract) => date is { } d ? (subtract ? period.Before(d) : period.After(d)) : null;

    /// <summary>Whether <paramref name="date"/> lies in the <paramref name="period"/> up to <paramref name="today"/> (today included).</summary>
    public static bool Within(DateOnly? date, Period period, DateOnly today) =>
        date is { } d && d <= today && d > period.Before(today);

    /// <summary>Whether <paramref name="date"/> lies at most <paramref name="period"/> before or after <paramref name="anchor"/>.</summary>
    public static bool WithinOf(DateOnly? date, Period period, DateOnly? anchor) =>
        date is { } d && anchor is { } a && d >= period.Before(a) && d <= period.After(a);

    /// <summary>Whether no event of the kind happened for <paramref name="period"/> (counting from enrolment when none ever did).</summary>
    public static bool NoneFor(CustomerFact customer, string kind, Period period)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return Duration.Compare(customer.SinceLast(kind), Duration.Of(period), customer.AsOf) >= 0;
    }

    /// <summary>Whether the figure fell by at least <paramref name="fraction"/> (0.5 for 50%) against the period before, which had some.</summary>
    public static bool Dropped(decimal? current, decimal? previous, decimal fraction) =>
        previous is > 0 && (current ?? 0) <= previous.Value * (1 - fraction);

    /// <summary>
    /// Whether the figure rose by at least <paramref name="fraction"/> against the period before, which
    /// had some (a first purchase is not a rise of any percentage).
    /// </summary>
    public static bool Rose(decimal? current, decimal? previous, decimal fraction) =>
        previous is > 0 && (current ?? 0) >= previous.Value * (1 + fraction);

    /// <summary>The once-key of an attribute value: its text, or "" when missing.</summary>
    public static string Key(object? value) => value switch
    {
        null => "",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
