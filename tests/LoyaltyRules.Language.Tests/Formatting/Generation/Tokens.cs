using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>Helpers for building a declaration as a list of source tokens (a spaced name or a string is one token).</summary>
internal static class Tokens
{
    /// <summary>The transaction kinds: they have amount, channel, category, product, merchant.</summary>
    public static readonly string[] TransactionKinds = ["purchase", "deposit", "withdrawal", "loan_application", "loan_drawdown", "repayment", "fee"];

    /// <summary>Words for names, tags and text.</summary>
    public static readonly string[] Words = ["alpha", "card", "travel", "promo", "earn", "retail", "gold", "spring", "hotel", "vip"];

    /// <summary>One of the token lists.</summary>
    public static Gen<IReadOnlyList<string>> Pick(params IReadOnlyList<string>[] choices) => Gen.Elements<IReadOnlyList<string>>(choices);

    /// <summary>The tokens, as a list.</summary>
    public static IReadOnlyList<string> Of(params string[] tokens) => tokens;

    /// <summary>The token lists one after another.</summary>
    public static IReadOnlyList<string> Join(params IReadOnlyList<string>[] parts) => [.. parts.SelectMany(p => p)];

    /// <summary>A quoted string holding <paramref name="value"/> (escapes for quote, backslash, line break; a tab raw or escaped).</summary>
    public static string Quoted(string value, bool rawTab = false) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", "\\n", StringComparison.Ordinal)
            .Replace("\t", rawTab ? "\t" : "\\t", StringComparison.Ordinal) + "\"";
}
