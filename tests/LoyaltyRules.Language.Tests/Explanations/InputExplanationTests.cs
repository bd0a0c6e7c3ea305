using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Language.Tests.Explanations;

/// <summary>Explanations of single inputs: the detail behind the sentences, why-not, and a record the rules do not reproduce.</summary>
public sealed class InputExplanationTests
{
    private const string Rules = """
        program "Explained"
        currency EUR
        const card_threshold = 10 EUR

        rule "Card spend"
          when purchase where channel = "card" and amount >= card_threshold
          then award floor(amount / 10) points

        rule "Welcome deposit"
          when deposit where amount >= 100 EUR
          then notify "welcome"
        """;

    private static readonly DateTimeOffset At = new(2026, 3, 4, 10, 0, 0, TimeSpan.Zero);

    private static (Core.Evaluation.LoyaltyProgram Program, CustomerState State) Enrolled()
    {
        var program = LoyaltyCompiler.Compile("explained.loyalty", Rules).Program!;
        var enrolled = InputExplanation.Evaluate(program, "v3", new CustomerState { Id = "c" }, new CustomerEnrolled("e", At.AddDays(-1), null, "retail", new Dictionary<string, string>()));
        return (program, enrolled.Result.State);
    }

    private static TransactionRecorded Purchase(decimal amount, string channel) => new("t", At, "purchase", amount, "EUR", channel, null, null, null, "k");

    [Fact]
    public void Explain_Award_NamesTheRuleItsLineAndTheValuesEachConditionSaw()
    {
        var (program, state) = Enrolled();
        var explanation = InputExplanation.Evaluate(program, "v3", state, Purchase(1200m, "card"));

        var explained = explanation.Explain(Assert.Single(explanation.Result.Decisions));

        Assert.Equal(("Card spend", "explained.loyalty:5", false), (explained.Rule.Name, explained.Rule.Location, explained.Rule.BuiltIn));
        Assert.Equal(
            ["purchase", "currency = \"EUR\" (currency = \"EUR\")", "channel = \"card\" (channel = \"card\")", "amount >= card_threshold (amount = 1,200 EUR, card_threshold = 10 EUR)"],
            explained.Conditions.Select(c => c.ToString()));
        Assert.All(explained.Conditions, c => Assert.True(c.Held));
        Assert.Equal(["customer", "purchase"], explained.Matched.Select(m => m.Name));
        Assert.True(explained.Reproduced);
        Assert.Equal("v3", explained.RuleSetVersion);
    }

    [Fact]
    public void WhyNot_FailedCondition_IsTheFirstInWrittenOrderWithItsValues()
    {
        var (program, state) = Enrolled();
        var explanation = InputExplanation.Evaluate(program, "v3", state, Purchase(5m, "branch"));

        var miss = explanation.WhyNot("Card spend")!;

        Assert.False(miss.Fired);
        Assert.Equal("channel = \"card\" (channel = \"branch\")", miss.FailedCondition?.ToString());
        Assert.Equal([true, true, false, false], miss.Conditions.Select(c => c.Held));
        Assert.Equal("'Card spend' (rule set v3, line 5) did not fire for purchase t because channel = \"card\" (channel = \"branch\") did not hold.", miss.Sentence);
    }

    [Fact]
    public void WhyNot_RuleForAnotherKind_SaysWhichKindItRunsOn()
    {
        var (program, state) = Enrolled();
        var explanation = InputExplanation.Evaluate(program, "v3", state, Purchase(1200m, "card"));

        var miss = explanation.WhyNot("Welcome deposit")!;

        Assert.Equal("'Welcome deposit' (rule set v3, line 9) did not fire: it runs on deposit inputs, and purchase t is a purchase.", miss.Sentence);
        Assert.Null(miss.FailedCondition);
        Assert.Empty(miss.Conditions);
    }

    [Fact]
    public void WhyNot_RuleThatFired_SaysWhatItDecided()
    {
        var (program, state) = Enrolled();
        var explanation = InputExplanation.Evaluate(program, "v3", state, Purchase(1200m, "card"));

        var fired = explanation.WhyNot("Card spend")!;

        Assert.True(fired.Fired);
        Assert.Equal("'Card spend' (rule set v3, line 5) fired for purchase t: awarded 120 points.", fired.Sentence);
        Assert.Null(explanation.WhyNot("No such rule"));
        Assert.Equal(["Welcome deposit"], explanation.WhyNot().Select(m => m.Rule.Name));
    }

    [Fact]
    public void Explain_RecordedDecisionTheRulesDoNotMake_IsNotReproducedAndSaysSo()
    {
        var (program, state) = Enrolled();
        var explanation = InputExplanation.Evaluate(program, "v3", state, Purchase(5m, "card"));
        var recorded = new PointsAwarded("t#1", "Card spend", "v3", "t", 50, "Card spend", null);

        var explained = explanation.Explain(recorded);

        Assert.False(explained.Reproduced);
        Assert.Equal(
            "Awarded 50 points by 'Card spend' (rule set v3, line 5), but evaluating the input again with v3 does not fire that rule: the record and the rules disagree (replay shows where).",
            explained.Sentence);
    }
}
