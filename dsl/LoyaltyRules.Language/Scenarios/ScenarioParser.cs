using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>
/// Parses a scenario file line by line and puts the lines together into scenarios, checking that
/// each event is one rules know, with attributes its kind has, in date order. Never throws.
/// </summary>
public static class ScenarioParser
{
    /// <summary>Parses <paramref name="source"/>.</summary>
    public static ScenarioFile Parse(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (text, _, lexical) = LexicalScan.Run(source);
        var diagnostics = new DiagnosticBag(source);
        diagnostics.AddRange(lexical);
        var lines = new List<ScenarioLine>();
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            if (!string.IsNullOrWhiteSpace(text[start..end]))
            {
                ParseLine(text, start, end, diagnostics, lines);
            }

            start = end + 1;
        }

        var builder = new ScenarioBuilder(diagnostics);
        var (rules, scenarios) = builder.Build(lines);
        return new ScenarioFile(source, rules, scenarios, [.. diagnostics.Items.OrderBy(d => d.Span.Start)]);
    }

    private static void ParseLine(string text, int start, int end, DiagnosticBag diagnostics, List<ScenarioLine> lines)
    {
        var result = ScenarioGrammar.Line(new SourceInput(text, start, end));
        var position = Lexicon.SkipWhitespace(result.Remainder).Position;
        if (result.WasSuccessful && position >= end)
        {
            lines.Add(result.Value);
            return;
        }

        var expected = result.WasSuccessful ? ["the end of the line"] : result.Expectations.Distinct(StringComparer.Ordinal).ToList();
        var wordEnd = Lexicon.WordEnd(text, position, end);
        var tokenEnd = wordEnd > position ? wordEnd : Math.Min(end, position + 1);
        var unexpected = position >= end ? "end of the line" : $"'{text[position..tokenEnd].TrimEnd('\r')}'";
        var suggestion = wordEnd > position ? Suggestions.DidYouMean(text[position..wordEnd], FirstWords(expected)) : "";
        diagnostics.Report(DiagnosticCatalog.ScenarioSyntax, TextSpan.FromBounds(position, Math.Max(position, tokenEnd)), unexpected, SyntaxParser.JoinAlternatives(expected), suggestion);
    }

    /// <summary>
    /// The first word of each quoted keyword or phrase in the expectations ('expect' → expect,
    /// 'customer enrolled' → customer; one expectation may list several), for "did you mean".
    /// </summary>
    private static IEnumerable<string> FirstWords(IEnumerable<string> expected)
    {
        foreach (var expectation in expected)
        {
            var parts = expectation.Split('\'');
            for (var i = 1; i < parts.Length; i += 2)
            {
                yield return parts[i].Split(' ')[0];
            }
        }
    }
}
