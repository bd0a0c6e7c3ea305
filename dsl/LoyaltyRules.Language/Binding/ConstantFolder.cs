using LoyaltyRules.Core;

namespace LoyaltyRules.Language.Binding;

/// <summary>Computes fixed values at compile time: arithmetic and comparisons of constants.</summary>
internal static class ConstantFolder
{
    /// <summary>The value of <c>left op right</c> when both are fixed, else null. Throws <see cref="OverflowException"/> past decimal's range.</summary>
    public static object? Arithmetic(string op, object? left, object? right) => (left, right) switch
    {
        (decimal l, decimal r) => op switch
        {
            "+" => l + r,
            "-" => l - r,
            "*" => l * r,
            _ => r == 0 ? null : l / r,
        },
        (Period l, Period r) => op == "+" ? new Period(l.Months + r.Months, l.Days + r.Days) : new Period(l.Months - r.Months, l.Days - r.Days),
        (DateOnly date, Period period) => op == "+" ? period.After(date) : period.Before(date),
        (Period period, DateOnly date) => period.After(date),
        _ => null,
    };

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
