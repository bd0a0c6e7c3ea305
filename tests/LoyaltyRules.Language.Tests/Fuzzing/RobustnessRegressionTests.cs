using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// Inputs that broke the compiler's promise never to throw or hang, found while fuzzing, kept as
/// small regression tests. Each must compile on a default-sized stack, within the deadline, and
/// report what is wrong as a diagnostic.
/// </summary>
public sealed class RobustnessRegressionTests
{
    [Theory]
    [InlineData("9999-12-31 + 1 day")]
    [InlineData("0001-01-01 - 1 day")]
    [InlineData("9500-01-01 + 1000 years")]
    public void Compile_DateArithmeticPastTheCalendar_ReportsAnErrorAtTheExpression(string expression)
    {
        var text = $"""
            program "Card Rewards"
            const last_day = {expression}
            rule "Until the end"
              effective until last_day
              when purchase where channel = "card"
              then award 10 points
            """;

        var compilation = Compile(text);

        var error = Assert.Single(compilation.Diagnostics);
        Assert.True(error.IsError, error.ToString());
        Assert.Equal(expression, compilation.Source.Slice(error.Span));
    }

    [Theory]
    [InlineData("points earned within 900 years >= 5 points")]
    [InlineData("count of purchase within 11000 months >= 3")]
    [InlineData("count of purchase within 999 years dropped by 10%")]
    public void Compile_WindowBeyondTheCalendar_ReportsWindowOutOfRange(string condition)
    {
        var text = $"""
            program "Card Rewards"
            rule "Long memory"
              when {condition}
              then award 10 points, once
            """;

        var compilation = Compile(text);

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("LR3017", error.Id);
    }

    [Theory]
    [InlineData("then offer \"FOREVER\" valid 100000 years", "100000 years")]
    [InlineData("then grant gift \"voucher\" valid 400000 days", "400000 days")]
    [InlineData("then award 10 points pending 60000 weeks", "60000 weeks")]
    [InlineData("then offer \"LATER\" valid 12001 months", "12001 months")]
    public void Compile_DurationLongerThanAThousandYears_IsReportedWhereItIsWritten(string action, string duration)
    {
        // Such a duration passed the check once, then threw when an input moved a date by it.
        var text = $"""
            program "Card Rewards"
            rule "Long"
              when purchase
              {action}
            """;

        var compilation = Compile(text);

        var error = Assert.Single(compilation.Diagnostics);
        Assert.Equal("LR3024", error.Id);
        Assert.Equal(duration, compilation.Source.Slice(error.Span));
        Assert.Contains("from 0 to", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TheLongestValidity_StaysOnTheCalendar()
    {
        const string Text = """
            program "Card Rewards"
            rule "Forever"
              when purchase
              then offer "FOREVER" valid 1000 years
            """;
        var compilation = Compile(Text);
        Assert.True(compilation.Success, DiagnosticFormatter.Format(compilation.Diagnostics));
        var at = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
        var state = Evaluator.Evaluate(compilation.Program!, "v1", new CustomerState { Id = "c1" }, new CustomerEnrolled("e1", at, null, "retail", new Dictionary<string, string>())).State;

        var result = Evaluator.Evaluate(compilation.Program!, "v1", state, new TransactionRecorded("t1", at.AddDays(1), "purchase", 10m, "EUR", "card", null, null, null, "k1"));

        var offer = Assert.IsType<OfferGranted>(Assert.Single(result.Decisions));
        Assert.Equal(new DateOnly(3026, 11, 24), offer.ValidUntil);
    }

    [Fact]
    public void Compile_ContradictionAtTheEdgeOfDecimal_WarnsInsteadOfThrowing()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Impossible"
              when purchase where amount >= 79228162514264337593543950334 EUR and amount < 5 EUR
              then award 10 points
            """;

        var compilation = Compile(Text);

        var warning = Assert.Single(compilation.Diagnostics);
        Assert.Equal("LR5002", warning.Id);
    }

    [Fact]
    public void Compile_ShadowingCheckAtTheEdgeOfDecimal_WarnsInsteadOfThrowing()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Huge"
              priority 10
              when purchase where amount >= 79228162514264337593543950334 EUR
              then award 10 points and stop
            rule "Even bigger"
              when purchase where amount > 79228162514264337593543950334 EUR
              then grant gift "yacht"
            """;

        var compilation = Compile(Text);

        Assert.Equal(["LR5003"], compilation.Diagnostics.Select(d => d.Id));
    }

    /// <summary>Twenty unclosed lists: a parser that retries each failed item twice takes about 2^20 steps here.</summary>
    [Fact]
    public void Compile_TwentyUnclosedNestedLists_ReportsSyntaxErrorQuickly()
    {
        var text = $"""
            program "Card Rewards"
            rule "Lists"
              when purchase where category in {string.Concat(Enumerable.Repeat("[\"a\", ", 20))}"b"
              then award 10 points
            """;

        var compilation = Compile(text);

        Assert.Equal("LR2001", Assert.Single(compilation.Diagnostics).Id);
    }

    [Theory]
    [InlineData("(", ")")]
    [InlineData("[", "]")]
    [InlineData("abs(", ")")]
    [InlineData("not (", ")")]
    public void Compile_TwoHundredNestedLevels_CompilesOnADefaultSizedStack(string open, string close)
    {
        var inner = open.StartsWith('[') ? "\"airline\"" : open.StartsWith("abs", StringComparison.Ordinal) ? "amount" : "channel = \"card\"";
        var nested = string.Concat(Enumerable.Repeat(open, Nesting.MaxDepth)) + inner + string.Concat(Enumerable.Repeat(close, Nesting.MaxDepth));
        var condition = open.StartsWith('[') ? "category in " + nested : open.StartsWith("abs", StringComparison.Ordinal) ? nested + " >= 10" : nested;
        var text = $"program \"Card Rewards\"\nrule \"Deep\"\n  when purchase where {condition}\n  then award 10 points\n";

        CompilerInvariants.Hold(text);
    }

    /// <summary>At the documented limit of brackets (<see cref="Syntax.Nesting.MaxBrackets"/>) every kind of bracket still compiles on a default-sized stack.</summary>
    [Theory]
    [InlineData("(", ")")]
    [InlineData("not (", ")")]
    [InlineData("abs(", ")")]
    [InlineData("max(1, ", ")")]
    [InlineData("(2 * ", ")")]
    public void Compile_BracketsNestedToTheLimit_Compiles(string open, string close)
    {
        var value = open is "(" or "not (" ? "channel = \"card\"" : "amount";
        var nested = string.Concat(Enumerable.Repeat(open, Syntax.Nesting.MaxBrackets)) + value + string.Concat(Enumerable.Repeat(close, Syntax.Nesting.MaxBrackets));
        var condition = open is "(" or "not (" ? nested : nested + " >= 10";
        var text = $"program \"Card Rewards\"\nrule \"Deep\"\n  when purchase where {condition}\n  then award 10 points\n";

        var compilation = Compile(text);

        Assert.True(compilation.Success, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    /// <summary>Far past the limits, nesting is one LR2004 error at the first bracket or operand too deep, found quickly and without overflowing the stack.</summary>
    [Theory]
    [InlineData("(", ")", 5000, "brackets are nested more than 200 deep here")]
    [InlineData("[", "]", 5000, "brackets are nested more than 200 deep here")]
    [InlineData("abs(", ")", 5000, "brackets are nested more than 200 deep here")]
    [InlineData("not ", "", 20000, "operations are nested more than 1000 deep here")]
    [InlineData("-", "", 20000, "operations are nested more than 1000 deep here")]
    public void Compile_NestingFarBeyondTheLimit_ReportsNestingTooDeep(string open, string close, int depth, string what)
    {
        var value = open is "(" or "not " ? "channel = \"card\"" : open == "[" ? "\"airline\"" : "amount";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + value + string.Concat(Enumerable.Repeat(close, depth));
        var condition = open is "(" or "not " ? nested : open == "[" ? "category in " + nested : nested + " >= 10";
        var text = $"program \"Card Rewards\"\nrule \"Deep\"\n  when purchase where {condition}\n  then award 10 points\n";

        var error = Assert.Single(Compile(text).Diagnostics);

        Assert.Equal("LR2004", error.Id);
        Assert.StartsWith(what, error.Message, StringComparison.Ordinal);
    }

    /// <summary>A chain of twenty thousand additions is deeper than <see cref="Syntax.Nesting.MaxDepth"/>: reported at its first operand, not a stack overflow in the binder.</summary>
    [Fact]
    public void Compile_ChainFarBeyondTheLimit_ReportsNestingTooDeepAtItsStart()
    {
        var text = $"program \"Card Rewards\"\nrule \"Long\"\n  when purchase where amount{string.Concat(Enumerable.Repeat(" + 1", 20000))} >= 10\n  then award 10 points\n";

        var error = Assert.Single(Compile(text).Diagnostics);

        Assert.Equal(("LR2004", 3, 23), (error.Id, error.Position.Line, error.Position.Column));
    }

    private static Compilation Compile(string text) =>
        FuzzRunner.WithDeadline(CompilerInvariants.Deadline, "Compile", () => LoyaltyCompiler.Compile("regression.loyalty", text));
}
