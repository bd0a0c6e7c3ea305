namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>Compiles a snippet and checks one diagnostic exactly: code, severity, line, column, span length and message.</summary>
internal static class DiagnosticAssert
{
    public const string Path = "rules.loyalty";

    /// <summary>The only diagnostic of <paramref name="text"/>; fails listing them all when there is not exactly one.</summary>
    public static Diagnostic Single(string text)
    {
        var compilation = LoyaltyCompiler.Compile(Path, text);
        Assert.True(compilation.Diagnostics.Count == 1,
            $"Expected exactly one diagnostic, got {compilation.Diagnostics.Count}:{Environment.NewLine}{DiagnosticFormatter.Format(compilation.Diagnostics)}");
        return compilation.Diagnostics[0];
    }

    /// <summary>The only diagnostic of <paramref name="text"/> is exactly this.</summary>
    public static void Reports(string text, string id, DiagnosticSeverity severity, int line, int column, int length, string message)
    {
        var diagnostic = Single(text);
        Assert.Equal(
            (id, severity, line, column, length, message),
            (diagnostic.Id, diagnostic.Severity, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Span.Length, diagnostic.Message));
    }

    /// <summary>The only diagnostic of <paramref name="text"/> is this error.</summary>
    public static void Error(string text, string id, int line, int column, int length, string message) =>
        Reports(text, id, DiagnosticSeverity.Error, line, column, length, message);

    /// <summary>The only diagnostic of <paramref name="text"/> is this warning.</summary>
    public static void Warning(string text, string id, int line, int column, int length, string message) =>
        Reports(text, id, DiagnosticSeverity.Warning, line, column, length, message);
}
