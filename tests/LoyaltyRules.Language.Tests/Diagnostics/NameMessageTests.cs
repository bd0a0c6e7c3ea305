namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>Messages about names, whose suggestions and hints depend on the program and the rule's event kind.</summary>
public sealed class NameMessageTests
{
    [Theory]
    [InlineData("purchase", "amont", "amount")]
    [InlineData("purchase", "chanel", "channel")]
    [InlineData("purchase", "categroy", "category")]
    [InlineData("survey", "npss", "nps")]
    [InlineData("complaint", "severty", "severity")]
    [InlineData("redemption", "rewards", "reward")]
    public void Compile_UnknownAttribute_SuggestsTheClosestAttributeOfTheRulesKind(string kind, string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            rule "Check"
              when {kind} where {written} is present
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3001", 3, 15 + kind.Length, written.Length,
            $"unknown attribute '{written}' of {kind} events; did you mean '{suggested}'?");
    }

    [Fact]
    public void Compile_AttributeOfAnotherKind_SaysWhichKindHasIt()
    {
        const string Text = """
            program "Card Rewards"
            rule "Happy shoppers"
              when purchase where nps >= 9
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3004", 3, 23, 3,
            "unknown name 'nps'; 'nps' is an attribute of survey events, not of purchase events");
    }

    [Fact]
    public void Compile_UnknownNameFarFromEverything_GivesNoSuggestion()
    {
        const string Text = """
            program "Card Rewards"
            rule "Card spend"
              when purchase where xyzzy = "card"
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3004", 3, 23, 5, "unknown name 'xyzzy'");
    }

    [Fact]
    public void Compile_MisspeltTierInCondition_SuggestsTheTier()
    {
        const string Text = """
            program "Card Rewards"
            tier Classic default
            tier Gold when points earned within 12 months >= 5000
            rule "Gold bonus"
              when purchase where customer.tier >= Gld
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3004", 5, 40, 3, "unknown name 'Gld'; did you mean 'Gold'?");
    }

    [Theory]
    [InlineData("teneur", "tenure")]
    [InlineData("lifetime_point", "lifetime_points")]
    [InlineData("segmnet", "segment")]
    public void Compile_UnknownCustomerAttribute_SuggestsTheClosest(string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            rule "Loyal customer"
              when birthday and customer.{written} is present
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3002", 3, 21, "customer.".Length + written.Length,
            $"unknown customer attribute '{written}'; did you mean '{suggested}'?");
    }

    [Theory]
    [InlineData("purchse where channel = \"card\"", "purchse", "purchase")]
    [InlineData("purchse", "purchse", "purchase")]
    [InlineData("Purchase where channel = \"card\"", "Purchase", "purchase")]
    [InlineData("deposits where amount > 0", "deposits", "deposit")]
    public void Compile_MisspeltEventKind_SuggestsTheKind(string trigger, string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            rule "Check"
              when {trigger}
              then award 10 points
            """;

        DiagnosticAssert.Error(text, "LR3003", 3, 8, written.Length,
            $"unknown event kind '{written}'; did you mean '{suggested}'?");
    }

    [Fact]
    public void Compile_SweepCounted_IsNotACountableKind()
    {
        const string Text = """
            program "Card Rewards"
            rule "Busy"
              when count of sweep within 30 days >= 3
              then award 10 points, once
            """;

        DiagnosticAssert.Error(Text, "LR3003", 3, 17, 5, "unknown event kind 'sweep'");
    }

    [Fact]
    public void Compile_UnknownTierInAction_WithoutTiers_SaysTheProgramHasNone()
    {
        const string Text = """
            program "Card Rewards"
            rule "Founders"
              when enrolment where segment = "founder"
              then upgrade tier to Gold
            """;

        DiagnosticAssert.Error(Text, "LR3009", 4, 24, 4, "unknown tier 'Gold'; the program declares no tiers");
    }

    [Theory]
    [InlineData("flor", "floor")]
    [InlineData("rond", "round")]
    [InlineData("Floor", "floor")]
    public void Compile_UnknownFunction_SuggestsTheClosest(string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            rule "Card spend"
              when purchase where channel = "card"
              then award {written}(amount / 10) points
            """;

        DiagnosticAssert.Error(text, "LR3010", 4, 14, written.Length, $"unknown function '{written}'; did you mean '{suggested}'?");
    }

    [Theory]
    [InlineData("EURO", "EUR")]
    [InlineData("USS", "USD")]
    [InlineData("GPB", "GBP")]
    public void Compile_UnknownProgramCurrency_SuggestsTheClosestCode(string written, string suggested)
    {
        var text = $"""
            program "Card Rewards"
            currency {written}
            """;

        DiagnosticAssert.Error(text, "LR3014", 2, 10, written.Length, $"'{written}' is not an ISO 4217 currency; did you mean '{suggested}'?");
    }

    [Theory]
    [InlineData("customer", "the customer")]
    [InlineData("tenure", "a customer attribute")]
    [InlineData("purchase", "an event kind")]
    [InlineData("floor", "a function")]
    [InlineData("nps", "an attribute of survey events")]
    [InlineData("channel", "an attribute of purchase, deposit, withdrawal, loan_application, loan_drawdown, repayment, fee or survey events")]
    public void Compile_ConstantNamedLikeSomethingElse_SaysWhatTheNameIs(string name, string what)
    {
        var text = $"""
            program "Card Rewards"
            const {name} = 100 points
            """;

        DiagnosticAssert.Error(text, "LR3029", 2, 7, name.Length, $"'{name}' is already {what}; choose another name");
    }

    [Fact]
    public void Compile_DuplicateCondition_NamesTheFirstLine()
    {
        const string Text = """
            program "Card Rewards"
            condition vip = customer.points >= 1000 points

            condition vip = customer.points >= 5000 points
            rule "VIP"
              when purchase where vip
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3012", 4, 11, 3, "'vip' is already declared at line 2");
    }

    [Fact]
    public void Compile_ConditionCycleOfThree_ShowsTheWholePath()
    {
        const string Text = """
            program "Card Rewards"
            condition a = b
            condition b = c
            condition c = a
            rule "Loop"
              when purchase where a
              then award 10 points
            """;

        DiagnosticAssert.Error(Text, "LR3021", 4, 15, 1, "'a' refers to itself through b → c → a");
    }
}
