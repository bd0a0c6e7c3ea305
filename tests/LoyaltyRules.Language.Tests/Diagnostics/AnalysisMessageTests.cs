namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>
/// Warnings: each names the rules, lines and conditions involved. A warning must also stay silent
/// where the program is fine: a false warning teaches people to ignore them.
/// </summary>
public sealed class AnalysisMessageTests
{
    [Fact]
    public void Compile_ThreeContradictoryConditions_ListsThemAll()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Odd spend"
              when purchase where amount >= 100 EUR and amount < 50 EUR and amount != 75 EUR
              then award 10 points
            """;

        DiagnosticAssert.Warning(Text, "LR5002", 3, 6, 11,
            "rule \"Odd spend\" can never fire: 'amount >= 100 EUR', 'amount < 50 EUR' and 'amount != 75 EUR' cannot all be true");
    }

    [Fact]
    public void Compile_TierAboveTheHighest_NeverFires()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold when points earned within 12 months >= 50000
            rule "Beyond gold"
              when purchase where customer.tier > Gold
              then award 10 points
            """;

        DiagnosticAssert.Warning(Text, "LR5002", 4, 6, 13, "rule \"Beyond gold\" can never fire: 'customer.tier > Gold' is never true");
    }

    [Fact]
    public void Compile_NarrowButSatisfiableRange_DoesNotWarn()
    {
        const string Text = """
            program "Card Rewards"
            rule "Exactly five-ish"
              when purchase where amount > 5 and amount < 5.0000001
              then award 10 points
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Fact]
    public void Compile_OverlappingRangesOfTwoRules_WarnsOfDoubleAward()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Big spend"
              when purchase where amount >= 100 EUR
              then award 10 points
            rule "Huge spend"
              when purchase where amount >= 1000 EUR
              then award 100 points
            """;

        DiagnosticAssert.Warning(Text, "LR5005", 6, 6, 12,
            "rules \"Huge spend\" and \"Big spend\" (line 3) can both award points for the same purchase and neither is capped: check this is meant");
    }

    [Fact]
    public void Compile_DisjointRangesOfTwoRules_DoNotWarnOfDoubleAward()
    {
        const string Text = """
            program "Card Rewards"
            currency EUR
            rule "Small spend"
              when purchase where amount < 100 EUR
              then award 1 points
            rule "Big spend"
              when purchase where amount >= 100 EUR
              then award 10 points
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Theory]
    [InlineData("as \"travel bonus\"")]
    [InlineData("capped at 500 points per month")]
    [InlineData(", once per 30 days")]
    public void Compile_SecondAwardWithReasonCapOrOnce_DoesNotWarnOfDoubleAward(string limit)
    {
        var text = $"""
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award 10 points
            rule "Travel bonus"
              when purchase where category = "airline"
              then award 20 points {limit}
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Fact]
    public void Compile_StoppingRuleWithLowerPriority_DoesNotShadow()
    {
        const string Text = """
            program "Card Rewards"
            rule "Online only"
              priority -10
              when purchase where channel = "online"
              then award 5 points and stop
            rule "Online electronics"
              when purchase where channel = "online" and category = "electronics"
              then grant gift "headphones"
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Fact]
    public void Compile_StoppingRuleOnNarrowerCondition_DoesNotShadowBroaderRule()
    {
        const string Text = """
            program "Card Rewards"
            rule "Online electronics"
              priority 10
              when purchase where channel = "online" and category = "electronics"
              then grant gift "headphones" and stop
            rule "Online"
              when purchase where channel = "online"
              then award 5 points
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Fact]
    public void Compile_SecondTierThresholdBelowFirst_NamesBothThresholds()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold   when points earned within 12 months >= 50000 or customer.lifetime_deposits >= 100000
            tier Silver when points earned within 12 months >= 100000 or customer.lifetime_deposits >= 20000
            """;

        DiagnosticAssert.Warning(Text, "LR5004", 4, 62, 35,
            "tier Silver qualifies at customer.lifetime_deposits >= 20000, below tier Gold (customer.lifetime_deposits >= 100000); tiers are declared lowest first");
    }

    [Fact]
    public void Compile_BirthdayRuleWithoutOnce_DoesNotWarnOfDailyRepeats()
    {
        const string Text = """
            program "Card Rewards"
            rule "Birthday gift"
              when birthday
              then award 500 points
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.True(compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }

    [Fact]
    public void Compile_UnusedConstantAndCondition_WarnsForEach()
    {
        const string Text = """
            program "Card Rewards"
            const welcome_bonus = 1000 points
            condition big_spender = customer.lifetime_deposits >= 100000
            """;

        var compilation = LoyaltyCompiler.Compile(DiagnosticAssert.Path, Text);

        Assert.Equal(
            [
                ("LR5006", 2, 7, "constant 'welcome_bonus' is never used"),
                ("LR5006", 3, 11, "condition 'big_spender' is never used"),
            ],
            compilation.Diagnostics.Select(d => (d.Id, d.Position.Line, d.Position.Column, d.Message)));
    }
}
