using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>The words and symbols of the language, taken from the compiler and the fact schema so they follow any change.</summary>
internal static class LanguageVocabulary
{
    /// <summary>Keywords, units, declaration words and the phrases the grammar reads as one.</summary>
    public static IReadOnlyList<string> Keywords { get; } =
    [
        .. Lexicon.Reserved.Order(StringComparer.Ordinal),
        .. Lexicon.Units.Order(StringComparer.Ordinal),
        .. DeclarationGrammar.ByFirstWord.Keys.Order(StringComparer.Ordinal),
        "points earned within", "count of", "sum of", "total of", "average of", "max of", "days since last",
        "tag customer as", "multiply points by", "offer rate discount", "grant gift", "starts with", "ends with",
        "dropped by", "rose by", "capped at", "to referrer", "stop further rules", "points expire after",
        "review tiers every", "reversals requalify tiers", "upgrade when", "keep when", "downgrade when", "is missing",
        "is present", "not in", "once per",
    ];

    /// <summary>Event kinds, attributes (bare, dotted and spaced), customer attributes, functions and tier-like names.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. FactSchema.Kinds.Select(k => k.Name),
        .. FactSchema.Kinds.SelectMany(k => k.Attributes).Select(a => a.Name).Distinct(StringComparer.Ordinal),
        .. FactSchema.Customer.Select(a => "customer." + a.Name),
        .. FactSchema.Customer.Select(a => a.Name.Replace('_', ' ')),
        .. Functions.Signatures.Keys,
        "customer", "Classic", "Silver", "Gold", "Diamond", "bonus", "vip", "amont", "purchse", "EUR", "USD", "eur", "XXX",
    ];

    public static IReadOnlyList<string> Numbers { get; } =
    [
        "0", "1", "2", "10", "12", "90", "365", "1000", "10_000", "1.5", "0.25", "100000", "100001", "9000",
        "99999999999999999999999999999999", "79228162514264337593543950335", "79228162514264337593543950334", "00", "1.",
    ];

    public static IReadOnlyList<string> Strings { get; } =
    [
        "\"card\"", "\"\"", "\"airline\"", "\"a\\\"b\"", "\"back\\\\slash\"", "\"bad\\q\"", "\"unterminated", "\"tab\\t\"",
        "\"Gold\"", "\"2026-01-01\"", "\"∑ unicode ✓\"",
    ];

    public static IReadOnlyList<string> Dates { get; } =
    [
        "2026-01-31", "2026-02-29", "2024-02-29", "2026-13-01", "0001-01-01", "9999-12-31", "2026-00-10", "2026-1-1",
    ];

    public static IReadOnlyList<string> Symbols { get; } =
    [
        "(", ")", "[", "]", ",", ".", "=", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", ":", "_", "!", "\"",
        "\\", "#", "# a comment", "≥", "“", "€", "\t",
    ];

    /// <summary>Line breaks, with and without indentation.</summary>
    public static IReadOnlyList<string> Breaks { get; } = ["\n", "\n  ", "\n    ", "\n\t", "\r\n", "\r\n  ", "\n\n", "\r"];
}
