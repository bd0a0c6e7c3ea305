namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>Type, unit and quantity messages whose text quotes what was written or depends on the types involved.</summary>
public sealed class TypeMessageTests
{
    [Theory]
    [InlineData("amount = \"card\"", "compare money and text", 15)]
    [InlineData("channel = 10", "compare text and a number", 12)]
    [InlineData("date = \"2026-01-01\"", "compare a date and text", 19)]
    [InlineData("category in [1, 2]", "look for text and a number", 18)]
    public void Compile_IncomparableSides_NamesBothTypes(string condition, string what, int length)
    {
        var text = $"""
            program "Card Rewards"
            rule "Check"
              when purchase where {condition}
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3005", 3, 23, length, $"cannot {what}");
    }

    [Fact]
    public void Compile_TierComparedWithQuotedName_SaysToDropTheQuotes()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold when points earned within 12 months >= 50000
            rule "Gold bonus"
              when purchase where customer.tier = "Gold"
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3005", 5, 23, 22,
            "cannot compare a tier and text: write a tier's name without quotes, for example customer.tier = Gold");
    }

    [Theory]
    [InlineData("customer.tenure >= 3", "3", 40)]
    [InlineData("customer.tenure >= 2.5", "2.5", 40)]
    [InlineData("customer.age < 18", "18", 36)]
    public void Compile_DurationComparedWithBareNumber_QuotesTheNumberInTheFix(string condition, string number, int column)
    {
        var text = $"""
            program "Card Rewards"
            rule "Check"
              when birthday and {condition}
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3007", 3, column, number.Length,
            $"'{number}' needs a unit here: write days, weeks, months or years, for example '{number} days'");
    }

    [Theory]
    [InlineData("points earned within 12 months >= 90 days", "compare points and days")]
    [InlineData("customer.points >= 10%", "compare points and a percentage")]
    [InlineData("customer.tenure >= 100 points", "compare a duration and points")]
    public void Compile_DifferentUnits_NamesBothUnits(string condition, string what)
    {
        var text = $"""
            program "Card Rewards"
            rule "Check"
              when birthday and {condition}
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3006", 3, 21, condition.Length, $"cannot {what}: the units differ");
    }

    [Theory]
    [InlineData("500", "write '500 points'")]
    [InlineData("floor(amount / 10)", "write 'floor(amount / 10) points'")]
    public void Compile_AwardOfBareNumber_SuggestsAddingPoints(string value, string fix)
    {
        var text = $"""
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award {value}
            """;

        DiagnosticAssert.Error(text, "LR3024", 4, 14, value.Length, $"award needs points, but this is a number: {fix}");
    }

    [Fact]
    public void Compile_DeductOfMoney_SuggestsConvertingToPoints()
    {
        const string Text = """
            program "Card Rewards"
            rule "Fee"
              when fee where channel = "card"
              then deduct amount
            """;

        DiagnosticAssert.Error(Text, "LR3024", 4, 15, 6,
            "deduct needs points, but this is money: turn it into points, for example floor(amount / 10) points");
    }

    [Theory]
    [InlineData("75", "write '75 bp' or '75%'")]
    [InlineData("0.5", "write '0.5 bp' or '0.5%'")]
    public void Compile_RateDiscountWithoutUnit_SuggestsBasisPointsOrPercent(string value, string fix)
    {
        var text = $"""
            program "Card Rewards"
            rule "Loan rate"
              when loan_application where product = "mortgage"
              then offer rate discount {value} on "mortgage" for 90 days
            """;

        DiagnosticAssert.Error(text, "LR3024", 4, 28, value.Length, $"a rate discount needs basis points or a percentage, but this is a number: {fix}");
    }

    [Fact]
    public void Compile_RateDiscountInPoints_HasNoUnitFix()
    {
        const string Text = """
            program "Card Rewards"
            rule "Loan rate"
              when loan_application where product = "mortgage"
              then offer rate discount 50 points on "mortgage" for 90 days
            """;

        DiagnosticAssert.Error(Text, "LR3024", 4, 28, 9, "a rate discount needs basis points or a percentage, but this is points");
    }

    [Fact]
    public void Compile_PriorityOutOfRange_QuotesTheValue()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              priority 2000000
              when purchase where channel = "card"
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3024", 3, 12, 7,
            "a priority needs a whole number from -1000000 to 1000000, but this is a number (2000000)");
    }

    [Theory]
    [InlineData("dropped by 20", "'dropped by'", "write 20%")]
    [InlineData("rose by 15", "'rose by'", "write 15%")]
    public void Compile_TrendWithoutPercent_SuggestsThePercentSign(string trend, string words, string fix)
    {
        var text = $"""
            program "Card Rewards"
            rule "Trend"
              when count of purchase within 3 months {trend}
              then notify "trend", once per 90 days
            """;

        var number = trend.Split(' ')[^1];
        DiagnosticAssert.Error(text, "LR3024", 3, 42 + trend.Length - number.Length, number.Length,
            $"{words} needs a fixed percentage, but this is a number: {fix}");
    }

    [Fact]
    public void Compile_ValidityOnAward_SaysOnlyOffersHaveOne()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award 10 points valid 30 days
            """;

        DiagnosticAssert.Error(Text, "LR3030", 4, 24, 13, "'valid' does not go with 'award': only offers and gifts have a validity");
    }

    [Fact]
    public void Compile_CapOnMultiply_NamesTheVerb()
    {
        const string Text = """
            program "Card Rewards"
            rule "Double points"
              when purchase where channel = "card"
              then multiply points by 2 capped at 500 points per month
            """;

        DiagnosticAssert.Error(Text, "LR3030", 4, 29, 30, "'capped at' does not go with 'multiply points by'");
    }

    [Fact]
    public void Compile_NotOrderedComparison_NamesTheOperator()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel < "m"
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3036", 3, 23, 13,
            "'<' compares numbers, amounts, points, dates, durations and tiers, not text: use = or !=");
    }

    [Fact]
    public void Compile_WindowTooShort_StatesTheRange()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold when points earned within 0 days >= 5000
            """;

        DiagnosticAssert.Error(Text, "LR3017", 3, 37, 6, "a window of 0 days is outside 1 day to 3 years");
    }

    [Fact]
    public void Compile_TrendWindowOverHalfTheHorizon_StatesTheLowerLimit()
    {
        const string Text = """
            program "Card Rewards"
            rule "Slowing"
              when count of purchase within 24 months dropped by 50%
              then notify "slowing", once per 90 days
            """;

        DiagnosticAssert.Error(Text, "LR3017", 3, 33, 9, "a window of 2 years is outside 1 day to 18 months");
    }

    [Fact]
    public void Compile_RoundToDecimalsThatAreNotFixed_AsksForAFixedValue()
    {
        const string Text = """
            program "Card Rewards"
            rule "Precise spend"
              when purchase where channel = "card"
              then award round(amount / 10, count of purchase within 30 days) points
            """;

        DiagnosticAssert.Error(Text, "LR3033", 4, 33, 32,
            "the number of decimals to keep must be a fixed value, not one that depends on the customer or the event");
    }

    [Fact]
    public void Compile_MoneyDividedByPoints_IsAUnitMismatch()
    {
        const string Text = """
            program "Card Rewards"
            rule "Ratio"
              when purchase where amount / customer.points >= 1
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3006", 3, 23, 24, "cannot divide money and points: the units differ");
    }

    [Fact]
    public void Compile_MoneyTimesMoney_IsATypeMismatchNotAUnitMismatch()
    {
        const string Text = """
            program "Card Rewards"
            rule "Square"
              when purchase where amount * amount >= 100
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3005", 3, 23, 15, "cannot multiply money and money");
    }
}
