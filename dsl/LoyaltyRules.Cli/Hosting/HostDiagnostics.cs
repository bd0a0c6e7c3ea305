using System.Text.Json;
using LoyaltyRules.Language;

namespace LoyaltyRules.Cli.Hosting;

/// <summary>The host's positioned diagnostics (<c>{code, severity, message, line, column, length}</c>) as compiler diagnostics on the local file, for the usual printer.</summary>
internal static class HostDiagnostics
{
    public static IReadOnlyList<Diagnostic> From(JsonElement diagnostics, string path, string text)
    {
        var source = new SourceText(path, text);
        var lineStarts = LineStarts(text);
        return
        [
            .. diagnostics.EnumerateArray().Select(d =>
            {
                var line = Math.Clamp(d.GetProperty("line").GetInt32(), 1, lineStarts.Count);
                var start = Math.Min(text.Length, lineStarts[line - 1] + Math.Max(0, d.GetProperty("column").GetInt32() - 1));
                return new Diagnostic(
                    d.GetProperty("code").GetString()!,
                    d.GetProperty("severity").GetString() == "error" ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                    source,
                    new TextSpan(start, d.GetProperty("length").GetInt32()),
                    d.GetProperty("message").GetString()!);
            }),
        ];
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts;
    }
}
