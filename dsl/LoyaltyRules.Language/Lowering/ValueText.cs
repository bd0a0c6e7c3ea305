using System.Globalization;
using LoyaltyRules.Core;
using LoyaltyRules.Language.Binding;
using static LoyaltyRules.Language.TextLiteral;

namespace LoyaltyRules.Language.Lowering;

/// <summary>
/// Values written the way a rule file writes them, for explanations: money with the program's currency
/// (<c>1,200 EUR</c>), percentages (<c>1%</c>), tiers by name, dates as <c>yyyy-MM-dd</c>, text quoted.
/// Always in the invariant culture, so an explanation reads the same on every machine.
/// </summary>
internal sealed class ValueText(string? currency, IReadOnlyList<string> tiers)
{
    public string Describe(object? value, LanguageType type) => value switch
    {
        null => "none",
        object[] items => "[" + string.Join(", ", items.Select(i => Describe(i, LanguageType.Error))) + "]",
        decimal money when type == LanguageType.Money => Number(money) + (currency is null ? "" : " " + currency),
        decimal percent when type == LanguageType.Percent => Number(percent * 100m) + "%",
        int level when type == LanguageType.Tier => level >= 0 && level < tiers.Count ? tiers[level] : $"level {level}",
        decimal number when type == LanguageType.Number => number.ToString(CultureInfo.InvariantCulture),
        decimal number => Number(number),
        int number => Number(number),
        long number => Number(number),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        string text => Quote(text),
        bool flag => flag ? "true" : "false",
        IReadOnlySet<string> set => "[" + string.Join(", ", set.Order(StringComparer.Ordinal).Select(Quote)) + "]",
        Duration or Period => value.ToString()!,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    public string Describe(BoundList list) =>
        "[" + string.Join(", ", list.Items.Select(i => i is BoundLiteral literal ? Describe(literal.Value, literal.Type) : "…")) + "]";

    private static string Number(decimal value) => value.ToString(value == decimal.Truncate(value) ? "#,0" : "#,0.##########", CultureInfo.InvariantCulture);
}
