namespace LoyaltyRules.Language.Binding;

/// <summary>
/// What arithmetic gives. A bare number takes the other side's unit. Money times or divided by a
/// number is a plain number (a rate: <c>floor(amount / 10) points</c>); points stay points; a
/// percentage of a number is a number (of points, points); the same units divided give a number;
/// a date plus or minus a duration is a date; two dates subtracted give a duration.
/// </summary>
internal static class TypeRules
{
    /// <summary>The result type, or null when the operation means nothing for these types.</summary>
    public static LanguageType? Arithmetic(string op, LanguageType left, LanguageType right) => op switch
    {
        "+" or "-" => AddOrSubtract(op, left, right),
        "*" => Multiply(left, right) ?? Multiply(right, left),
        _ => Divide(left, right),
    };

    private static LanguageType? AddOrSubtract(string op, LanguageType left, LanguageType right) => (left, right) switch
    {
        (LanguageType.Number, var t) when TypeNames.IsNumeric(t) => t,
        (var t, LanguageType.Number) when TypeNames.IsNumeric(t) => t,
        var (a, b) when a == b && TypeNames.IsNumeric(a) => a,
        (LanguageType.Date, LanguageType.Duration) => LanguageType.Date,
        (LanguageType.Duration, LanguageType.Date) when op == "+" => LanguageType.Date,
        (LanguageType.Date, LanguageType.Date) when op == "-" => LanguageType.Duration,
        (LanguageType.Duration, LanguageType.Duration) => LanguageType.Duration,
        _ => null,
    };

    private static LanguageType? Multiply(LanguageType left, LanguageType right) => (left, right) switch
    {
        (LanguageType.Number, LanguageType.Number) => LanguageType.Number,
        (LanguageType.Money, LanguageType.Number or LanguageType.Percent) => LanguageType.Number,
        (LanguageType.Points, LanguageType.Number or LanguageType.Percent) => LanguageType.Points,
        (LanguageType.Percent, LanguageType.Number) => LanguageType.Number,
        _ => null,
    };

    private static LanguageType? Divide(LanguageType left, LanguageType right) => (left, right) switch
    {
        (LanguageType.Number, LanguageType.Number) => LanguageType.Number,
        (LanguageType.Money, LanguageType.Number) => LanguageType.Number,
        (LanguageType.Points, LanguageType.Number) => LanguageType.Points,
        (LanguageType.Percent, LanguageType.Number) => LanguageType.Percent,
        var (a, b) when a == b && a is LanguageType.Money or LanguageType.Points or LanguageType.Percent => LanguageType.Number,
        _ => null,
    };
}
