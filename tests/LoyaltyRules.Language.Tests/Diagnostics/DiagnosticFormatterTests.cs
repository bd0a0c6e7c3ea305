namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>How a diagnostic is rendered: the header, the source line and the caret under the span.</summary>
public sealed class DiagnosticFormatterTests
{
    [Fact]
    public void Format_TabIndentedLine_KeepsTheCaretUnderTheToken()
    {
        var source = new SourceText("tabs.loyalty", "rule \"x\"\n\twhen amont >= 10\n");
        var diagnostic = DiagnosticCatalog.UnknownName.Create(source, new TextSpan(15, 5), "amont", "");

        Assert.Equal(
            Lines(
                "tabs.loyalty(2,7): error LR3004: unknown name 'amont'",
                "     when amont >= 10",
                "          ^^^^^"),
            DiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Format_CrLfSource_ShowsTheLineWithoutTheCarriageReturn()
    {
        var source = new SourceText("crlf.loyalty", "program \"x\"\r\ncurrency EURO\r\n");
        var diagnostic = DiagnosticCatalog.UnknownCurrency.Create(source, new TextSpan(22, 4), "EURO", "; did you mean 'EUR'?");

        Assert.Equal(
            Lines(
                "crlf.loyalty(2,10): error LR3014: 'EURO' is not an ISO 4217 currency; did you mean 'EUR'?",
                "    currency EURO",
                "             ^^^^"),
            DiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Format_SpanOverSeveralLines_UnderlinesToTheEndOfTheFirstLine()
    {
        var source = new SourceText("multi.loyalty", "when a\n  and b\n");
        var diagnostic = DiagnosticCatalog.NotACondition.Create(source, new TextSpan(5, 9), "a number");

        Assert.Equal(
            Lines(
                "multi.loyalty(1,6): error LR3008: a condition must be true or false, but this is a number",
                "    when a",
                "         ^"),
            DiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Format_EmptySpanAtTheEndOfTheText_ShowsOneCaretAfterTheLastCharacter()
    {
        var source = new SourceText("end.loyalty", "rule \"x\" when birthday then");
        var diagnostic = DiagnosticCatalog.SyntaxError.Create(source, new TextSpan(source.Text.Length, 0), "end of the rule", "an action", "");

        Assert.Equal(
            Lines(
                "end.loyalty(1,28): error LR2001: unexpected end of the rule; expected an action",
                "    rule \"x\" when birthday then",
                "                               ^"),
            DiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Format_Warning_SaysWarning()
    {
        var source = new SourceText("w.loyalty", "const bonus = 5 points\n");
        var diagnostic = DiagnosticCatalog.UnusedDeclaration.Create(source, new TextSpan(6, 5), "constant", "bonus");

        Assert.Equal(
            Lines(
                "w.loyalty(1,7): warning LR5006: constant 'bonus' is never used",
                "    const bonus = 5 points",
                "          ^^^^^"),
            DiagnosticFormatter.Format(diagnostic));
    }

    [Fact]
    public void Format_SeveralDiagnostics_OrdersByFileThenPosition()
    {
        var first = new SourceText("a.loyalty", "xx yy\n");
        var second = new SourceText("b.loyalty", "zz\n");
        Diagnostic[] diagnostics =
        [
            DiagnosticCatalog.UnknownName.Create(second, new TextSpan(0, 2), "zz", ""),
            DiagnosticCatalog.UnknownName.Create(first, new TextSpan(3, 2), "yy", ""),
            DiagnosticCatalog.UnknownName.Create(first, new TextSpan(0, 2), "xx", ""),
        ];

        var headers = DiagnosticFormatter.Format(diagnostics).Split(Environment.NewLine).Where(l => l.Contains("LR3004", StringComparison.Ordinal));

        Assert.Equal(
            [
                "a.loyalty(1,1): error LR3004: unknown name 'xx'",
                "a.loyalty(1,4): error LR3004: unknown name 'yy'",
                "b.loyalty(1,1): error LR3004: unknown name 'zz'",
            ],
            headers);
    }

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + Environment.NewLine));
}
