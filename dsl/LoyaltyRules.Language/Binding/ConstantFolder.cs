using LoyaltyRules.Core;

namespace LoyaltyRules.Language.Binding;

/// <summary>Computes fixed values at compile time: arithmetic and comparisons of constants.</summary>
internal static class ConstantFolder
{
    /// <summary>What date arithmetic gives when its result would fall outside the calendar (0001-01-01 to 9999-12-31).</summary>
    public static readonly object OutsideCalendar = new();

    /// <summary>
    /// The value of <c>left op right</c> when both are fixed, else null; <see cref="OutsideCalendar"/>
    /// for a date moved past the calendar's ends. Throws <see cref="OverflowException"/> past decimal's range.
    /// </summary>
    public static object? Arithmetic(string op, object? left, object? right) => (left, right) switch
    {
        (decimal l, decimal r) => op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            _ => r == 0 ? null : l / r,
        },
        (Period l, Period r) => op == "+"
            ? new Period(checked(l.Months + r.Months), checked(l.Days + r.Days))
            : new Period(checked(l.Months - r.Months), checked(l.Days - r.Days)),
        (DateOnly date, Period period) => Shift(date, period, op == "+" ? 1 : -1),
        (Period period, DateOnly date) => Shift(date, period, 1),
        _ => null,
    };

    private static object Shift(DateOnly date, Period period, int direction) =>
        Calendar.TryShift(date, period, direction, out var shifted) ? shifted : OutsideCalendar;

    /// <summary>The value of a comparison when both sides are fixed (and comparable here), else null.</summary>
    public static bool? Compare(string op, object? left, object? right)
    {
        int? order = (left, right) switch
        {
            (decimal l, decimal r) => l.CompareTo(r),
            (DateOnly l, DateOnly r) => l.CompareTo(r),
            (int l, int r) => l.CompareTo(r),
            (string l, string r) when op is "=" or "!=" => string.CompareOrdinal(l, r),
            (bool l, bool r) when op is "=" or "!=" => l == r ? 0 : 1,
            _ => null,
        };
        return order is not { } o ? null : op switch
        {
            "=" => o == 0,
            "!=" => o != 0,
            "<" => o < 0,
            "<=" => o <= 0,
            ">" => o > 0,
            _ => o >= 0,
        };
    }

    /// <summary>Whether a fixed value equals another (numbers by value, texts exactly).</summary>
    public static bool Same(object? left, object? right) => Compare("=", left, right) == true;
}
