namespace LoyaltyRules.Language.Binding;

/// <summary>The functions rules can call, with what they take and give.</summary>
internal static class Functions
{
    /// <summary>Each function's name and what it takes, for messages and the reference.</summary>
    public static IReadOnlyDictionary<string, string> Signatures { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["floor"] = "one number, amount or points",
        ["ceil"] = "one number, amount or points",
        ["round"] = "a number, amount or points and optionally the decimals to keep",
        ["abs"] = "one number, amount or points",
        ["min"] = "two or more numbers, amounts or points",
        ["max"] = "two or more numbers, amounts or points",
        ["lower"] = "one text",
        ["upper"] = "one text",
        ["year"] = "one date",
        ["month"] = "one date",
        ["day"] = "one date",
        ["weekday"] = "one date",
    };

    /// <summary>
    /// The result type of <paramref name="name"/> applied to <paramref name="arguments"/>, or null when
    /// they do not fit (the caller reports <see cref="Signatures"/>).
    /// </summary>
    public static LanguageType? ResultType(string name, IReadOnlyList<BoundExpression> arguments)
    {
        var types = arguments.Select(a => a.Type).ToList();
        return name switch
        {
            "floor" or "ceil" or "abs" when types is [var t] && TypeNames.IsNumeric(t) => t,
            "round" when types is [var t] && TypeNames.IsNumeric(t) => t,
            "round" when types is [var t, LanguageType.Number] && TypeNames.IsNumeric(t) && FitsDecimals(arguments[1]) => t,
            "min" or "max" when types.Count >= 2 && types.All(TypeNames.IsNumeric) => Common(types),
            "lower" or "upper" when types is [LanguageType.Text] => LanguageType.Text,
            "year" or "month" or "day" when types is [LanguageType.Date] => LanguageType.Number,
            "weekday" when types is [LanguageType.Date] => LanguageType.Text,
            _ => null,
        };
    }

    /// <summary>The most decimals <c>round</c> keeps.</summary>
    public const int MaxDecimals = 10;

    /// <summary>Whether <c>round</c>'s second argument is a fixed whole number of decimals it can keep.</summary>
    public static bool FitsDecimals(BoundExpression places) =>
        places.Constant is decimal n && n is >= 0 and <= MaxDecimals && n == decimal.Truncate(n);

    /// <summary>The one unit among numbers (bare numbers take the others' unit), or null when two units differ.</summary>
    private static LanguageType? Common(List<LanguageType> types)
    {
        var units = types.Where(t => t != LanguageType.Number).Distinct().ToList();
        return units.Count switch
        {
            0 => LanguageType.Number,
            1 => units[0],
            _ => null,
        };
    }
}
