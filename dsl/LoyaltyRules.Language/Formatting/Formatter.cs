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
/// one-line tiers stay on adjacent lines; <c>program</c> is always followed by a blank line. Rules
/// put each clause (leading or trailing) on its own line before <c>when</c>, in the order
/// description, priority, tags, effective, once (clauses of one kind keep their order); then the
/// trigger, <c>then</c> and the first action, <c>and</c> and each further action. A <c>when</c>,
/// tier or condition line longer than 100 characters (indentation counted, comments not) breaks
/// before each top-level <c>and</c>, continuation lines two spaces deeper; a condition whose root is
/// not <c>and</c> stays on one line. Words are written canonically (<c>total of</c> as
/// <c>sum of</c>, <c>stop further rules</c> as <c>stop</c>, <c>downgrade to</c> as
/// <c>downgrade tier to</c>); numbers, dates and units are kept as written (<c>5 point</c> stays).
/// The one line break ever kept is between a name and <c>points</c> or <c>on</c> where joining
/// them would read as a several-word attribute (a constant <c>lifetime</c>, then <c>points</c> on
/// the next line). A file with no declarations and no comments formats to the empty text.</para>
/// <para>Comments are never lost or duplicated, and their trailing spaces are dropped. An
/// end-of-line comment goes at the end of the output line that stands for the last token before it
/// on its source line — when two elements share that source line, it follows the later one; a
/// comma stays with the element before it. A comment on its own line goes on its own line, indented
/// like the output line standing for the first token after it, just before that line — before the
/// declaration, at the top level, when that token starts one, and at the end of the file when
/// nothing follows. When several end-of-line comments come to one output line (an element written
/// over several source lines, printed on one), the last stays at the end and the earlier ones go on
/// their own lines before it. One blank line is kept where the source had one just above or below a
/// top-level comment; inside a declaration there are no blank lines.</para>
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
