using System.Text;

namespace LoyaltyRules.Language;

/// <summary>
/// Renders diagnostics for people: <c>file(line,col): error LR3001: message</c>, then the source line
/// and a caret under the span (as many carets as the span is wide, on its first line).
/// </summary>
public static class DiagnosticFormatter
{
    /// <summary>The diagnostic with its source line and caret.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        var text = new StringBuilder();
        text.AppendLine(diagnostic.ToString());
        var position = diagnostic.Position;
        var line = diagnostic.Source.LineText(position.Line);
        var visible = line.Replace('\t', ' ');
        text.Append("    ").AppendLine(visible);
        var width = Math.Max(1, Math.Min(diagnostic.Span.Length, line.Length - (position.Column - 1)));
        text.Append("    ").Append(' ', position.Column - 1).Append('^', width).AppendLine();
        return text.ToString();
    }

    /// <summary>Every diagnostic, in file then position order.</summary>
    public static string Format(IEnumerable<Diagnostic> diagnostics) =>
        string.Concat(diagnostics
            .OrderBy(d => d.Source.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .Select(Format));
}
