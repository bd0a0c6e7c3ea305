namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>Lexical and syntax messages whose text depends on what was written: the token, the expectations, the suggestion.</summary>
public sealed class SyntaxMessageTests
{
    [Theory]
    [InlineData("awrd", "award")]
    [InlineData("aword", "award")]
    [InlineData("dedcut", "deduct")]
    [InlineData("notfy", "notify")]
    [InlineData("stpo", "stop")]
    public void Compile_MisspeltAction_SuggestsTheClosestVerb(string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then {written} 10 points
            """;

        DiagnosticAssert.Error(text, "LR2001", 4, 8, written.Length,
            $"unexpected '{written}'; expected an action; did you mean '{suggested}'?");
    }

    [Fact]
    public void Compile_UnrelatedWordWhereActionExpected_GivesNoSuggestion()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then celebrate
            """;

        DiagnosticAssert.Error(Text, "LR2001", 4, 8, 9, "unexpected 'celebrate'; expected an action");
    }

    [Theory]
    [InlineData("rul", "rule")]
    [InlineData("teir", "tier")]
    [InlineData("cosnt", "const")]
    [InlineData("Rule", "rule")]
    public void Compile_MisspeltDeclarationKeyword_SuggestsTheKeyword(string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            {written} "Card spend"
            """;

        DiagnosticAssert.Error(text, "LR2002", 2, 1, written.Length,
            $"'{written}' does not start a declaration; expected program, currency, points, review, reversals, const, condition, tier or rule; did you mean '{suggested}'?");
    }

    [Fact]
    public void Compile_MissingThen_PointsAtTheFirstActionWord()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR2001", 4, 3, 5, "unexpected 'award'; expected 'then'");
    }

    [Theory]
    [InlineData("purchase")]
    [InlineData("purchse")]
    public void Compile_MisspeltWhereAfterAnEventKind_ExpectsWhereOrThen(string kind)
    {
        var text = $"""
            program "Card Rewards"
            rule "Card spend"
              when {kind} wehre channel = "card"
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR2001", 3, 9 + kind.Length, 5, "unexpected 'wehre'; expected 'where' or 'then'; did you mean 'where'?");
    }

    [Fact]
    public void Compile_WordAfterANamedCondition_ExpectsThenOnly()
    {
        const string Text = """
            program "Card Rewards"
            condition big = amount >= 100
            rule "Card spend"
              when big wehre
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR2001", 4, 12, 5, "unexpected 'wehre'; expected 'then'");
    }

    [Fact]
    public void Compile_UnknownWordAtColumnOne_StartsADeclarationAndTheNextIsStillChecked()
    {
        const string Text = """
            program "Card Rewards"
            bonus "Card spend"
            rule "Card spend"
              when purchase where channel = "card"
              then award 10 pints
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.Equal([("LR2002", 2), ("LR2001", 5)], compilation.Diagnostics.Select(d => (d.Id, d.Position.Line)));
    }

    [Fact]
    public void Compile_ErrorInsideARollingFigure_IsReportedThereNotAtItsSecondWord()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold when points earned within (12 months >= 50000
            """;

        DiagnosticAssert.Error(Text, "LR2001", 3, 56, 0, "unexpected end of the tier; expected ')'");
    }

    [Fact]
    public void Compile_ComparisonSignsFromAWordProcessor_AreReadAsOperators()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Exactly five"
              when purchase where amount ≥ 5 EUR and amount ≤ 5 EUR
              then award 10 points
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        // Read as >= and <=, the range holds 5 EUR: no warning that the rule never fires, only the two characters.
        Assert.Equal([("LR1002", 30), ("LR1002", 49)], compilation.Diagnostics.Select(d => (d.Id, d.Position.Column)));
    }

    [Fact]
    public void Compile_MissingEquals_InConstant_ExpectsEquals()
    {
        const string Text = """
            program "Card Rewards"
            const bonus 100 points
            """;

        DiagnosticAssert.Error(Text, "LR2001", 2, 13, 3, "unexpected '100'; expected '='");
    }

    [Fact]
    public void Compile_NumberAsRuleName_ExpectsAString()
    {
        const string Text = """
            program "Card Rewards"
            rule 42
              when birthday
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR2001", 2, 6, 2, "unexpected '42'; expected a string");
    }

    [Fact]
    public void Compile_TrailingAnd_ReportsEndOfRuleAfterIt()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award 10 points
              and
            """;

        DiagnosticAssert.Error(Text, "LR2001", 5, 6, 0, "unexpected end of the rule; expected an action");
    }

    [Fact]
    public void Compile_EmojiOutsideString_ReportsOneCharacterNotTwoHalves()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award 10 points 🎉
            """;

        DiagnosticAssert.Error(Text, "LR1002", 4, 24, 2, "unexpected character '🎉'");
    }

    [Fact]
    public void Compile_BadEscape_NamesTheEscapeAndTheFix()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then notify "points\earned"
            """;

        DiagnosticAssert.Error(Text, "LR1005", 4, 22, 2, "unknown escape '\\e' in a string: use \\\" for a quote and \\\\ for a backslash");
    }

    [Fact]
    public void Compile_StringUnterminatedAtEndOfFile_SpansToTheEnd()
    {
        const string Text = "program \"Card Rewards";

        DiagnosticAssert.Error(Text, "LR1001", 1, 9, 13, "the string is not closed: add a \" before the end of the line");
    }
}
