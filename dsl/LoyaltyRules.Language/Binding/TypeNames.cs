namespace LoyaltyRules.Language.Binding;

/// <summary>How types read in messages: "money", "points", "days", "a date", "text".</summary>
internal static class TypeNames
{
    public static string Describe(BoundExpression expression) => expression.Type switch
    {
        LanguageType.Duration when expression.UnitWritten is { } unit => unit,
        LanguageType.Money when expression.UnitWritten is { } currency => currency + " money",
        LanguageType.List => "a list of " + Plural(expression.ElementType),
        _ => Describe(expression.Type),
    };

    public static string Describe(LanguageType type) => type switch
    {
        LanguageType.Number => "a number",
        LanguageType.Money => "money",
        LanguageType.Points => "points",
        LanguageType.Duration => "a duration",
        LanguageType.Percent => "a percentage",
        LanguageType.Date => "a date",
        LanguageType.Text => "text",
        LanguageType.Boolean => "a condition (true or false)",
        LanguageType.Tier => "a tier",
        LanguageType.TextSet => "the customer's tags",
        LanguageType.List => "a list",
        _ => "an invalid value",
    };

    public static string Plural(LanguageType type) => type switch
    {
        LanguageType.Number => "numbers",
        LanguageType.Money => "amounts",
        LanguageType.Points => "points",
        LanguageType.Duration => "durations",
        LanguageType.Percent => "percentages",
        LanguageType.Date => "dates",
        LanguageType.Text => "texts",
        LanguageType.Boolean => "conditions",
        LanguageType.Tier => "tiers",
        _ => "values",
    };

    /// <summary>The four kinds that carry a unit: mixing two different ones is a unit mismatch.</summary>
    public static bool HasUnit(LanguageType type) =>
        type is LanguageType.Money or LanguageType.Points or LanguageType.Duration or LanguageType.Percent;

    /// <summary>Numbers and the numeric kinds a bare number coerces to.</summary>
    public static bool IsNumeric(LanguageType type) =>
        type is LanguageType.Number or LanguageType.Money or LanguageType.Points or LanguageType.Percent;
}
