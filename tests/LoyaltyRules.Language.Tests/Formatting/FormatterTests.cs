using LoyaltyRules.Language.Formatting;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Formatting;

/// <summary>The formatter's contract beyond the golden cases.</summary>
public sealed class FormatterTests
{
    private const string Messy = "program   \"P\"\nrule \"R\" when purchase where amount>=10 then award 1 points # note\n";

    private const string Canonical = "program \"P\"\n\nrule \"R\"\n  when purchase where amount >= 10\n  then award 1 points # note\n";

    [Fact]
    public void Format_MessyText_GivesCanonicalText()
    {
        var source = new SourceText("messy.loyalty", Messy);

        var result = Formatter.Format(source);

        Assert.Equal(Canonical, result.Text);
        Assert.True(result.Succeeded);
        Assert.True(result.Changed(source));
    }

    [Fact]
    public void Format_CanonicalText_IsNotChanged()
    {
        var source = new SourceText("canonical.loyalty", Canonical);

        Assert.False(Formatter.Format(source).Changed(source));
    }

    [Fact]
    public void Format_CrlfText_GivesTheSameTextAsLf()
    {
        var crlf = Formatter.Format("crlf.loyalty", Messy.Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Equal(Canonical, crlf.Text);
        Assert.DoesNotContain('\r', crlf.Text!);
    }

    [Fact]
    public void Format_SyntaxError_ReturnsNoTextAndTheParserDiagnostics()
    {
        var source = new SourceText("broken.loyalty", "program \"P\"\nrule \"R\" when purchase where then award 1 points\n");

        var result = Formatter.Format(source);

        Assert.Null(result.Text);
        Assert.False(result.Succeeded);
        Assert.False(result.Changed(source));
        Assert.Equal(SyntaxParser.Parse(source).Diagnostics.Select(d => d.ToString()), result.Diagnostics.Select(d => d.ToString()));
        Assert.Contains(result.Diagnostics, d => d.Id == "LR2001");
    }

    [Fact]
    public void Format_BindingErrors_StillFormats()
    {
        var result = Formatter.Format("unbound.loyalty", "rule \"R\" when nowhere where nothing>1 then award 1 points");

        Assert.Equal("rule \"R\"\n  when nowhere where nothing > 1\n  then award 1 points\n", result.Text);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Format_EmptyText_GivesEmptyText() =>
        Assert.Equal("", Formatter.Format("empty.loyalty", " \n\t\n").Text);

    [Fact]
    public void Format_NullSource_Throws() =>
        Assert.Throws<ArgumentNullException>(() => Formatter.Format(null!));

    [Fact]
    public void SyntaxShape_LineBreakBeforePoints_IsTheSameTree()
    {
        const string Header = "program \"P\"\nconst lifetime = 5\nrule \"R\" when birthday then award lifetime";

        Assert.Equal(SyntaxShape.Of(Header + " points\n"), SyntaxShape.Of(Header + "\n  points\n"));
        Assert.Equal(SyntaxShape.Of(Header + " points\n"), SyntaxShape.Of(Formatter.Format("joined.loyalty", Header + "\n  points\n").Text!));
    }

    [Fact]
    public void SyntaxShape_TrailingClause_IsTheSameTreeAsLeading() =>
        Assert.Equal(
            SyntaxShape.Of("rule \"R\" once when birthday then stop"),
            SyntaxShape.Of("rule \"R\" when birthday then stop, once"));

    [Fact]
    public void Format_CommentTrailingSpaces_AreTrimmed() =>
        Assert.Equal("program \"P\" # note\n", Formatter.Format("spaces.loyalty", "program \"P\" # note \t \n").Text);
}
