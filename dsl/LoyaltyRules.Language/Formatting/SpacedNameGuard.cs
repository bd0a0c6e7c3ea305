using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Keeps a name from swallowing the keyword after it. The parser reads a name followed on the same
/// line by a word as one several-word name when together they spell (part of) a known attribute:
/// <c>award lifetime points</c> is <c>award lifetime_points</c>. Written across a line break the same
/// words are the name <c>lifetime</c> and the word <c>points</c>; the formatter keeps that line break
/// (<see cref="Before"/>) so the text keeps its meaning.
/// </summary>
internal static class SpacedNameGuard
{
    /// <summary>
    /// What goes between <paramref name="value"/> and the keyword <paramref name="word"/>: a space,
    /// or a line break (the writer indents the continuation) when the two would read as one name.
    /// </summary>
    public static string Before(ExpressionSyntax value, string word) =>
        LastName(value) is { } name && Lexicon.SpacedNames.Contains(name.Parts[^1].Text + "_" + word) ? "\n" : " ";

    /// <summary>The name <paramref name="value"/> ends with, if its text ends with a name.</summary>
    private static NameSyntax? LastName(ExpressionSyntax value) => value switch
    {
        NameSyntax name => name,
        BinarySyntax binary => LastName(binary.Right),
        UnarySyntax unary => LastName(unary.Operand),
        AggregateSyntax { Window: { } window } => LastName(window),
        AbsenceSyntax absence => LastName(absence.Duration),
        _ => null,
    };
}
