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
            "day" or "days" => Whole(n) is { } d ? (LanguageType.Duration, Period.FromDays(d)) : null,
            "week" or "weeks" => Whole(n) is { } w ? (LanguageType.Duration, Period.FromWeeks(w)) : null,
            "month" or "months" => Whole(n) is { } m ? (LanguageType.Duration, Period.FromMonths(m)) : null,
            "year" or "years" => Whole(n) is { } y ? (LanguageType.Duration, Period.FromYears(y)) : null,
            _ => (LanguageType.Money, n),
        };
    }

    /// <summary>True for a unit that is a currency code.</summary>
    public static bool IsCurrency(string unit) => ExpressionGrammar.IsCurrencyCode(unit);

    /// <summary>The largest count of days, weeks, months or years a duration may have.</summary>
    public const int MaxCount = 100_000;

    /// <summary>The number as a whole count small enough for a period, or null.</summary>
    public static int? Whole(decimal value) =>
        value == decimal.Truncate(value) && value is >= 0 and <= MaxCount ? (int)value : null;
}
