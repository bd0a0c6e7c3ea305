using System.Text;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// The lexical pass before parsing: finds comments (kept, and blanked out so the grammar only sees
/// whitespace there), strings, and characters the language does not use. It repairs what it reports —
/// an unterminated string is closed at the end of its line, a stray character becomes a space — so
/// parsing goes on and reports what else is wrong, without a cascade of errors from one slip.
/// Typographic look-alikes are reported and read as what they stand for: a string in curly quotes is
/// a string, and <c>≥ ≤ ≠</c> stay in the text for the grammar to read as <c>&gt;= &lt;= !=</c>.
/// Offsets never move: the text handed to the parser has exactly the original's length.
/// </summary>
internal static class LexicalScan
{
    private const string Punctuation = "[](),.=<>!+-*/%:_";

    private const string ValidEscapes = "\"\\nt";

    /// <summary>Comparison signs a word processor makes: reported, but read as the operators they stand for.</summary>
    private const string ComparisonLookalikes = "≥≤≠";

    /// <summary>Curly quotes a word processor makes: a string in them is reported and read as a string.</summary>
    private const string CurlyQuotes = "“”„";

    public static (string Text, IReadOnlyList<CommentSyntax> Comments, IReadOnlyList<Diagnostic> Diagnostics) Run(SourceText source)
    {
        var text = new StringBuilder(source.Text);
        var comments = new List<CommentSyntax>();
        var diagnostics = new List<Diagnostic>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"')
            {
                i = SkipString(source, text, i, diagnostics);
            }
            else if (CurlyQuotes.Contains(c, StringComparison.Ordinal) && ClosingQuote(text, i) is { } close)
            {
                diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(source, new TextSpan(i, 1), c));
                if (text[close] != '"')
                {
                    diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(source, new TextSpan(close, 1), text[close]));
                }

                text[i] = '"';
                text[close] = '"';
                i = SkipString(source, text, i, diagnostics);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                // A character outside the basic plane (an emoji) is two UTF-16 units: one character to report.
                diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(source, new TextSpan(i, 2), source.Text.Substring(i, 2)));
                text[i] = ' ';
                text[i + 1] = ' ';
                i += 2;
            }
            else if (c == '#')
            {
                var end = LineEnd(text, i);
                comments.Add(new CommentSyntax(source.Text[i..end].TrimEnd('\r'), TextSpan.FromBounds(i, end)));
                for (var j = i; j < end; j++)
                {
                    text[j] = ' ';
                }

                i = end;
            }
            else
            {
                if (c == '\uFEFF')
                {
                    // A byte-order mark (text decoded without stripping it) is not content.
                    text[i] = ' ';
                }
                else if (ComparisonLookalikes.Contains(c, StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(source, new TextSpan(i, 1), c));
                }
                else if (!char.IsAsciiLetterOrDigit(c) && !char.IsWhiteSpace(c) && !Punctuation.Contains(c, StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticCatalog.UnexpectedCharacter.Create(source, new TextSpan(i, 1), c));
                    text[i] = ' ';
                }

                i++;
            }
        }

        return (text.ToString(), comments, diagnostics);
    }

    /// <summary>Skips a string starting at <paramref name="start"/>; returns the offset after it.</summary>
    private static int SkipString(SourceText source, StringBuilder text, int start, List<Diagnostic> diagnostics)
    {
        var i = start + 1;
        while (i < text.Length && text[i] != '\n')
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '\n')
            {
                if (!ValidEscapes.Contains(text[i + 1], StringComparison.Ordinal))
                {
                    diagnostics.Add(DiagnosticCatalog.InvalidEscape.Create(source, new TextSpan(i, 2), text[i + 1]));
                }

                i += 2;
                continue;
            }

            if (text[i] == '"')
            {
                return i + 1;
            }

            i++;
        }

        var end = i > start + 1 && text[i - 1] == '\r' ? i - 1 : i;
        diagnostics.Add(DiagnosticCatalog.UnterminatedString.Create(source, TextSpan.FromBounds(start, end)));
        if (end - start >= 2)
        {
            text[end - 1] = '"';
        }
        else
        {
            text[start] = ' ';
        }

        return i;
    }

    /// <summary>
    /// Where a string opened by a curly quote at <paramref name="open"/> closes: the next quote, curly
    /// or straight and not escaped, on the same line; null when the line has none.
    /// </summary>
    private static int? ClosingQuote(StringBuilder text, int open)
    {
        for (var i = open + 1; i < text.Length && text[i] != '\n'; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] != '\n')
            {
                i++;
            }
            else if (text[i] == '"' || CurlyQuotes.Contains(text[i], StringComparison.Ordinal))
            {
                return i;
            }
        }

        return null;
    }

    private static int LineEnd(StringBuilder text, int from)
    {
        var i = from;
        while (i < text.Length && text[i] != '\n')
        {
            i++;
        }

        return i;
    }
}
