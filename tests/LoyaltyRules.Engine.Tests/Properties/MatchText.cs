using System.Collections;
using System.Globalization;
using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Canonical text for matches, agenda entries and firings, so engine and reference can be compared:
/// <c>Rule#alternative(name=value, ...)</c>. Facts show as their label — and as <c>FOREIGN</c> when the
/// engine hands back an object that is not the very one inserted (facts are compared by reference).
/// </summary>
internal static class MatchText
{
    public static string Of(ReferenceMatch match, FactUniverse universe) =>
        Format(match.Rule.Name, match.Alternative, match.Values.Select(v => (v.Declaration.Name, v.Value)), universe);

    public static string Of(ActivationInfo activation, FactUniverse universe) =>
        Format(activation.Rule.Name, activation.Alternative, Pairs(activation.Values), universe);

    /// <summary>A match as a firing shows it: without the alternative, which firing events do not carry.</summary>
    public static string FiringOf(ReferenceMatch match, FactUniverse universe) =>
        Format(match.Rule.Name, null, match.Values.Select(v => (v.Declaration.Name, v.Value)), universe);

    public static string FiringOf(RuleFiringEventArgs firing, FactUniverse universe) =>
        Format(firing.Rule.Name, null, Pairs(firing.Values), universe);

    /// <summary>The identity of an activation: rule, alternative and the facts only (not aggregate results or bindings).</summary>
    public static string IdentityOf(ReferenceMatch match, FactUniverse universe) =>
        Identity(match.Rule.Name, match.Alternative, match.Facts, universe);

    public static string IdentityOf(ActivationInfo activation, FactUniverse universe) =>
        Identity(activation.Rule.Name, activation.Alternative, activation.Values.Select(v => v.Value).Where(v => v is Customer or Order), universe);

    /// <summary>The non-fact values of a match (aggregate results, bindings), to tell whether they changed.</summary>
    public static string ComputedValuesOf(ReferenceMatch match, FactUniverse universe) =>
        string.Join(", ", match.Values.Where(v => !v.IsFact).Select(v => $"{v.Declaration.Name}={Value(v.Value, universe)}"));

    public static string Value(object? value, FactUniverse universe) => value switch
    {
        null => "null",
        string text => $"\"{text}\"",
        double number => number.ToString("0.######", CultureInfo.InvariantCulture),
        Customer or Order => universe.TryGetLabel(value, out var label) ? label : $"FOREIGN {value}",
        IEnumerable items => $"[{string.Join(",", items.Cast<object?>().Select(item => Value(item, universe)))}]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<(string Name, object? Value)> Pairs(IEnumerable<MatchedValue> values) =>
        values.Select(v => (v.Declaration.Name, v.Value));

    private static string Format(string rule, int? alternative, IEnumerable<(string Name, object? Value)> values, FactUniverse universe)
    {
        var shown = string.Join(", ", values.Select(v => $"{v.Name}={Value(v.Value, universe)}"));
        return alternative is { } index ? $"{rule}#{index}({shown})" : $"{rule}({shown})";
    }

    private static string Identity(string rule, int alternative, IEnumerable<object?> facts, FactUniverse universe) =>
        $"{rule}#{alternative}[{string.Join(",", facts.Select(fact => Value(fact, universe)))}]";
}
