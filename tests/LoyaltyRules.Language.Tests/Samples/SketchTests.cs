using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Language.Tests.Samples;

/// <summary>The sketch from the language's specification compiles as written and does what it says.</summary>
public sealed class SketchTests
{
    private const string Sketch = """
        program "Retail Banking Rewards"

        tier Classic  default
        tier Silver   when points earned within 12 months >= 10000
        tier Gold     when points earned within 12 months >= 50000
        tier Diamond  when loan balance >= 100000000 or points earned within 12 months >= 200000

        rule "Card spend earns 1 point per 10"
          priority 10
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 10) points

        rule "Gold and above earn double on travel"
          when purchase where category in ["airline", "hotel"] and customer.tier >= Gold
          then award floor(amount / 10) points as "travel bonus"

        rule "Diamond business-loan rate"
          when loan_application where product = "business-loan"
           and customer.tier = Diamond and customer.tenure >= 3 years
          then offer rate discount 50 bp on "business-loan" for 90 days

        rule "Win back dormant savers"
          when no deposit for 90 days and customer.lifetime_deposits >= 5000
          then offer "WINBACK-RATE" valid 30 days, once per 365 days

        rule "Birthday gift"
          when birthday
          then award 500 points

        rule "Referral bonus"
          when referral where referred.first_purchase within 30 days
          then award 2000 points to referrer

        rule "Service recovery"
          when survey where nps <= 6
          then grant gift "apology-voucher"
        """;

    private static readonly DateTimeOffset Start = new(2026, 1, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Compile_Sketch_SucceedsWithoutDiagnostics()
    {
        var compilation = LoyaltyCompiler.Compile("sketch.loyalty", Sketch);

        Assert.True(compilation.Success, DiagnosticFormatter.Format(compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
        Assert.Equal(["Classic", "Silver", "Gold", "Diamond"], compilation.Program!.Tiers.Select(t => t.Name));
        Assert.Equal(7, compilation.Program.Rules.Count);
    }

    [Fact]
    public void Evaluate_CardPurchase_AwardsOnePointPerTen()
    {
        var program = LoyaltyCompiler.Compile("sketch.loyalty", Sketch).Program!;
        var state = Enrolled(program);

        var result = Evaluator.Evaluate(program, "v1", state, new TransactionRecorded("t1", Start.AddDays(1), "purchase", 1234.50m, "EUR", "card", "grocery", null, "m1", "k1"));

        var award = Assert.IsType<PointsAwarded>(Assert.Single(result.Decisions));
        Assert.Equal(123, award.Points);
        Assert.Equal("Card spend earns 1 point per 10", award.Rule);
    }

    [Fact]
    public void Evaluate_SurveyWithoutNps_GrantsNothing()
    {
        var program = LoyaltyCompiler.Compile("sketch.loyalty", Sketch).Program!;
        var state = Enrolled(program);

        var result = Evaluator.Evaluate(program, "v1", state, new SurveyAnswered("s1", Start.AddDays(1), null, 2, "app", "k1"));

        Assert.Empty(result.Decisions);
    }

    private static CustomerState Enrolled(LoyaltyProgram program)
    {
        var state = new CustomerState { Id = "c1" };
        var enrolment = Evaluator.Evaluate(program, "v1", state, new CustomerEnrolled("e1", Start, new DateOnly(1990, 5, 1), "retail", new Dictionary<string, string>()));
        return enrolment.State;
    }
}
