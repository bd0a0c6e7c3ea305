using LoyaltyRules.Core;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>The meaning of a number with a unit: <c>500 points</c>, <c>90 days</c>, <c>50 bp</c>, <c>50%</c>, <c>1000 EUR</c>.</summary>
internal static class Quantities
{
    /// <summary>The type and value of a quantity (a <see cref="Period"/> for durations, a fraction for percentages).</summary>
    public static (LanguageType Type, object Value)? Interpret(QuantitySyntax quantity)
    {
        var n = quantity.Value;
        return quantity.Unit switch
        {
            "points" or "point" => (LanguageType.Points, n),
            "%" => (LanguageType.Percent, n / 100m),
            "bp" => (LanguageType.Percent, n / 10_000m),
            "day" or "days" => Whole(n, quantity.Unit) is { } d ? (LanguageType.Duration, Period.FromDays(d)) : null,
            "week" or "weeks" => Whole(n, quantity.Unit) is { } w ? (LanguageType.Duration, Period.FromWeeks(w)) : null,
            "month" or "months" => Whole(n, quantity.Unit) is { } m ? (LanguageType.Duration, Period.FromMonths(m)) : null,
            "year" or "years" => Whole(n, quantity.Unit) is { } y ? (LanguageType.Duration, Period.FromYears(y)) : null,
            _ => (LanguageType.Money, n),
        };
    }

    /// <summary>True for a unit that is a currency code.</summary>
    public static bool IsCurrency(string unit) => ExpressionGrammar.IsCurrencyCode(unit);

    /// <summary>
    /// The largest count of <paramref name="unit"/> a duration may have: a thousand years. Dates run
    /// to the year 9999 and inputs are dated about today, so a date moved by any duration the
    /// language accepts (a validity, a pending period, a date plus a duration) stays on the calendar.
    /// </summary>
    public static int MaxCount(string unit) => unit switch
    {
        "day" or "days" => 365_250,
        "week" or "weeks" => 52_178,
        "month" or "months" => 12_000,
        _ => 1_000,
    };

    /// <summary>The number as a whole count of <paramref name="unit"/> no longer than a thousand years, or null.</summary>
    public static int? Whole(decimal value, string unit) =>
        value == decimal.Truncate(value) && value >= 0 && value <= MaxCount(unit) ? (int)value : null;
}
