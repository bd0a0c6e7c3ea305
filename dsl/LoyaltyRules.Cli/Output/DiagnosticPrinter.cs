using LoyaltyRules.Language;

namespace LoyaltyRules.Cli.Output;

/// <summary>Prints diagnostics the compiler's way (<c>file(line,col): error LRnnnn: message</c>, the line, a caret), in colour when the terminal takes it.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(Terminal terminal, IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var lines = DiagnosticFormatter.Format(diagnostic).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var headline = lines[0].TrimEnd('\r');
            terminal.WriteLine(diagnostic.IsError ? terminal.Red(headline) : terminal.Yellow(headline));
            foreach (var line in lines.Skip(1))
            {
                var text = line.TrimEnd('\r');
                terminal.WriteLine(text.TrimStart().StartsWith('^') ? terminal.Cyan(text) : text);
            }
        }
    }
}
