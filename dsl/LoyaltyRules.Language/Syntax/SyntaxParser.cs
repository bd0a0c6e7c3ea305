using Sprache;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// Parses a rule file into its syntax tree. The file is cut into declarations — each starts at the
/// beginning of a line with its keyword (<c>rule</c>, <c>tier</c>, …) — and each is parsed on its own,
/// so one mistake costs one declaration, and every other declaration is still checked. Never throws.
/// </summary>
public static class SyntaxParser
{
    /// <summary>Parses <paramref name="source"/>: the declarations that parsed, the comments, and every problem found.</summary>
    public static ParsedFile Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (text, comments, lexical) = LexicalScan.Run(source);
        var diagnostics = new List<Diagnostic>(lexical);
        var declarations = new List<DeclarationSyntax>();
        foreach (var (start, end) in Chunks(text))
        {
            var declaration = ParseDeclaration(source, text, start, end, diagnostics);
            if (declaration is not null)
            {
                declarations.Add(declaration);
            }
        }

        var root = new CompilationUnitSyntax(new TextSpan(0, text.Length), declarations, comments);
        return new ParsedFile(source, root, diagnostics);
    }

    private static DeclarationSyntax? ParseDeclaration(SourceText source, string text, int start, int end, List<Diagnostic> diagnostics)
    {
        var wordEnd = Lexicon.WordEnd(text, start, end);
        var first = text[start..wordEnd];
        if (!DeclarationGrammar.ByFirstWord.TryGetValue(first, out var parser))
        {
            var token = wordEnd > start ? first : Describe(text, start, end);
            var span = wordEnd > start ? TextSpan.FromBounds(start, wordEnd) : new TextSpan(start, 1);
            diagnostics.Add(DiagnosticCatalog.UnknownDeclaration.Create(source, span, token, Suggestions.DidYouMean(token, DeclarationGrammar.ByFirstWord.Keys)));
            return null;
        }

        var input = new SourceInput(text, start, end);
        var result = parser(input);
        if (result.WasSuccessful)
        {
            var rest = Lexicon.SkipWhitespace(result.Remainder);
            if (rest.AtEnd)
            {
                return result.Value;
            }

            diagnostics.Add(SyntaxError(source, text, rest.Position, end, first, ["the end of the " + What(first)]));
            return null;
        }

        var position = Lexicon.SkipWhitespace(result.Remainder).Position;
        var brackets = result.Expectations.Contains(Nesting.BracketsTooDeep);
        if (brackets || result.Expectations.Contains(Nesting.ExpressionTooDeep))
        {
            var (what, limit) = brackets ? ("brackets are nested", Nesting.MaxBrackets) : ("operations are nested", Nesting.MaxDepth);
            diagnostics.Add(DiagnosticCatalog.NestingTooDeep.Create(source, TokenSpan(text, position, end), what, limit));
            return null;
        }

        if (first == "rule" && result.Expectations.Contains("an action") && AfterThen(text, start, position)
            && (position >= end || ClauseWords.Contains(text[position..Lexicon.WordEnd(text, position, end)])))
        {
            var name = Lexicon.StringToken(new SourceInput(text, wordEnd, end));
            var then = text.LastIndexOf("then", Math.Max(position - 1, start), StringComparison.Ordinal);
            var span = then >= start ? new TextSpan(then, 4) : new TextSpan(position, 0);
            diagnostics.Add(DiagnosticCatalog.MissingActions.Create(source, span, name.WasSuccessful ? name.Value.Value : ""));
            return null;
        }

        diagnostics.Add(SyntaxError(source, text, position, end, first, result.Expectations));
        return null;
    }

    /// <summary>Whether the token before <paramref name="position"/> is the word 'then' (an action was expected after it, not after 'and').</summary>
    private static bool AfterThen(string text, int start, int position)
    {
        var end = LastTokenEnd(text, position);
        return end - start >= 4 && string.CompareOrdinal(text, end - 4, "then", 0, 4) == 0 && (end - 4 == start || !Lexicon.IsWordChar(text[end - 5]));
    }

    /// <summary>The words that start a rule's clauses: after 'then', one of them means the action is missing.</summary>
    private static readonly HashSet<string> ClauseWords = new(StringComparer.Ordinal) { "description", "priority", "tags", "effective", "once" };

    /// <summary>"unexpected X; expected A, B or C" at the token where parsing stopped.</summary>
    private static Diagnostic SyntaxError(SourceText source, string text, int position, int end, string declaration, IEnumerable<string> expectations)
    {
        var expected = expectations.Where(e => e.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var wordEnd = Lexicon.WordEnd(text, position, end);
        var span = TokenSpan(text, position, end);
        var unexpected = position >= end ? "end of the " + What(declaration)
            : wordEnd > position ? $"'{text[position..wordEnd]}'"
            : Describe(text, position, end);

        var keywords = expected
            .SelectMany(e => e.StartsWith('\'') && e.EndsWith('\'') && e.Length > 2 ? [e[1..^1]] : WordsFor.GetValueOrDefault(e, []))
            .ToList();
        var suggestion = wordEnd > position && !(expected.Count == 1 && keywords.Count == 1)
            ? Suggestions.DidYouMean(text[position..wordEnd], keywords)
            : "";
        return DiagnosticCatalog.SyntaxError.Create(source, span, unexpected, JoinAlternatives(expected), suggestion);
    }

    /// <summary>The token at <paramref name="position"/>: a word, a symbol, a number or a string; at the end, an empty span after the last token.</summary>
    private static TextSpan TokenSpan(string text, int position, int end)
    {
        if (position >= end)
        {
            return new TextSpan(LastTokenEnd(text, end), 0);
        }

        var wordEnd = Lexicon.WordEnd(text, position, end);
        return TextSpan.FromBounds(position, wordEnd > position ? wordEnd : TokenEnd(text, position, end));
    }

    /// <summary>The words that may start what an expectation names, for "did you mean".</summary>
    private static readonly Dictionary<string, string[]> WordsFor = new(StringComparer.Ordinal)
    {
        ["an action"] = ["award", "deduct", "multiply", "upgrade", "downgrade", "set", "offer", "grant", "tag", "notify", "stop"],
        ["a value"] = ["points", "count", "sum", "total", "average", "max", "days", "no", "birthday", "today", "true", "false", "not"],
    };

    /// <summary>"A", "A or B", "A, B or C".</summary>
    internal static string JoinAlternatives(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "something else",
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " or " + items[^1],
    };

    private static string What(string declaration) => declaration switch
    {
        "rule" => "rule",
        "tier" => "tier",
        "const" => "constant",
        "condition" => "condition",
        _ => "declaration",
    };

    /// <summary>How a token that is not a word reads in a message.</summary>
    private static string Describe(string text, int position, int end)
    {
        var c = text[position];
        if (c == '"')
        {
            var close = text.IndexOf('"', position + 1);
            var literal = close > 0 && close < end ? text[position..(close + 1)] : text[position..TokenEnd(text, position, end)];
            return literal.Length > 30 ? literal[..27] + "...\"" : literal;
        }

        return $"'{text[position..TokenEnd(text, position, end)]}'";
    }

    private static int TokenEnd(string text, int position, int end)
    {
        if (char.IsAsciiDigit(text[position]))
        {
            var i = position;
            while (i < end && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '.' or '-'))
            {
                i++;
            }

            return i;
        }

        if (text[position] == '"')
        {
            var close = text.IndexOf('"', position + 1);
            return close > 0 && close < end ? close + 1 : position + 1;
        }

        return position + (position + 1 < end && text[position] is '<' or '>' or '!' && text[position + 1] == '=' ? 2 : 1);
    }

    private static int LastTokenEnd(string text, int end)
    {
        var i = end;
        while (i > 0 && char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>
    /// The declarations' extents. A declaration starts at a line that begins (column 1) with a word —
    /// a declaration keyword, or any other word, so that a misspelt or unknown keyword is reported as
    /// such — unless the word is one that continues a declaration (<c>when</c>, <c>then</c>, <c>and</c>…,
    /// written without indentation); other lines continue the declaration above.
    /// </summary>
    private static List<(int Start, int End)> Chunks(string text)
    {
        var starts = new List<int>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var firstNonBlank = lineStart;
            while (firstNonBlank < lineEnd && char.IsWhiteSpace(text[firstNonBlank]))
            {
                firstNonBlank++;
            }

            if (firstNonBlank < lineEnd && (starts.Count == 0 || (firstNonBlank == lineStart && StartsDeclaration(text, lineStart, lineEnd))))
            {
                starts.Add(firstNonBlank);
            }

            lineStart = lineEnd + 1;
        }

        return [.. starts.Select((start, i) => (start, i + 1 < starts.Count ? starts[i + 1] : text.Length))];
    }

    private static readonly HashSet<string> Continuations = new(StringComparer.Ordinal)
    {
        "when", "then", "and", "or", "where", "priority", "description", "tags", "effective", "once", "default",
        "upgrade", "keep", "downgrade", "award", "deduct", "multiply", "offer", "grant", "tag", "notify", "stop", "not",
    };

    private static bool StartsDeclaration(string text, int lineStart, int lineEnd)
    {
        var wordEnd = Lexicon.WordEnd(text, lineStart, lineEnd);
        if (wordEnd == lineStart)
        {
            return false;
        }

        var word = text[lineStart..wordEnd];
        return DeclarationGrammar.ByFirstWord.ContainsKey(word) || !Continuations.Contains(word);
    }
}
