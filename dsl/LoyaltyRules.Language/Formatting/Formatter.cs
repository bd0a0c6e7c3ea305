using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// The canonical formatter (<c>fmt</c>) of rule files. It works from the syntax tree alone, so names
/// the binder would reject do not stop it; a file with lexical or syntax errors is never rewritten.
/// The result is deterministic and idempotent: formatting formatted text gives the same text.
/// </summary>
/// <remarks>
/// <para>Layout: declarations in their original order, one blank line between them, except that
/// consecutive settings, consecutive constants, consecutive one-line conditions and consecutive
/// one-line tiers stay on adjacent lines. Rules put each clause (leading or trailing) on its own line
/// before <c>when</c>, in the order description, priority, tags, effective, once; then the trigger,
/// <c>then</c> and the first action, <c>and</c> and each further action. A <c>when</c>, tier or
/// condition line longer than 100 characters breaks before each top-level <c>and</c>.</para>
/// <para>Comments are never lost or duplicated. An end-of-line comment goes at the end of the output
/// line that stands for the last token before it on its source line — when two elements share that
/// source line, it follows the later one. A comment on its own line goes on its own line, indented
/// like the output line standing for the first token after it, just before that line (before the
/// declaration, at the top level, when that token starts one; at the end of the file when nothing
/// follows). When several end-of-line comments come to the same output line, the last stays at the
/// end and the earlier ones go on their own lines before it. Blank lines are kept (as one) just above
/// and below top-level comments; inside a declaration there are none.</para>
/// </remarks>
public static class Formatter
{
    /// <summary>Formats <paramref name="source"/>: its canonical text, or null and the parser's diagnostics when it does not parse.</summary>
    public static FormatResult Format(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = SyntaxParser.Parse(source);
        if (parsed.Diagnostics.Any(d => d.IsError))
        {
            return new FormatResult(null, parsed.Diagnostics);
        }

        return new FormatResult(DocumentWriter.Write(source, parsed.Root), parsed.Diagnostics);
    }

    /// <summary>Formats <paramref name="text"/>, read from <paramref name="path"/> (the name shown in diagnostics).</summary>
    public static FormatResult Format(string path, string text) => Format(new SourceText(path, text));
}
