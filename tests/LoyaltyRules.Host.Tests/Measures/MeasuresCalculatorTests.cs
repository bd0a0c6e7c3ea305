using LoyaltyRules.Host.History;
using LoyaltyRules.Host.Measures;
using LoyaltyRules.Host.Tests.Simulations;

namespace LoyaltyRules.Host.Tests.Measures;

/// <summary>The program's measures against the hand-computed histories of <see cref="SimulationCase"/>.</summary>
public sealed class MeasuresCalculatorTests
{
    private static readonly Core.Evaluation.LoyaltyProgram Program = SimulationCase.Compile(SimulationCase.Recorded);

    private static ProgramMeasures Measure(ReportingPeriod period)
    {
        var calculator = new MeasuresCalculator(period, _ => Program);
        foreach (var history in SimulationCase.Histories(Program))
        {
            calculator.Add(history);
        }

        return calculator.Build();
    }

    [Fact]
    public void Measure_February_RetentionCountsThoseActiveInJanuaryAgain()
    {
        var measures = Measure(SimulationCase.February);

        // Previous period 4–31 January: a (enrolled, bought) and c (enrolled) were active; only a again in February.
        Assert.Equal(new ReportingPeriod(new DateOnly(2026, 1, 4), new DateOnly(2026, 1, 31)), measures.PreviousPeriod);
        Assert.Equal((2, 1, 0.5m), (measures.Retention.Of, measures.Retention.Count, measures.Retention.Rate));
        Assert.Equal(2, measures.ActiveCustomers);
    }

    [Fact]
    public void Measure_February_RepeatPurchaseLeavesReversedPurchasesOut()
    {
        var repeat = Measure(SimulationCase.February).RepeatPurchase;

        // a bought twice; b twice, one refunded: once.
        Assert.Equal((2, 1, 0.5m), (repeat.Of, repeat.Count, repeat.Rate));
    }

    [Fact]
    public void Measure_February_NpsCountsEachCustomersLastAnswer()
    {
        var nps = Measure(SimulationCase.February).Nps;

        // a answered 9 then 6 (a detractor), b 10 (a promoter): 50 % − 50 %.
        Assert.Equal((2, 1, 0, 1, 0m), (nps.Respondents, nps.Promoters, nps.Passives, nps.Detractors, nps.Score));
    }

    [Fact]
    public void Measure_February_LiabilityIsOwedAtThePeriodsEnd()
    {
        var liability = Measure(SimulationCase.February).Liability;

        // a 190, b 160, c nothing yet (its 30 points come in March).
        Assert.Equal((3, 350L, 0L, 350L), (liability.Customers, liability.Available, liability.Pending, liability.Total));
    }

    [Fact]
    public void Measure_JanuaryAndFebruary_CountsCustomersPerTierAtEachMonthsEnd()
    {
        var months = Measure(new ReportingPeriod(new DateOnly(2026, 1, 1), new DateOnly(2026, 2, 28))).TierDistribution;

        Assert.Equal(["2026-01", "2026-02"], months.Select(m => m.Month));
        Assert.Equal(new DateOnly(2026, 1, 31), months[0].AsOf);
        Assert.Equal([("Classic", 2), ("Silver", 0)], months[0].Tiers.Select(t => (t.Tier, t.Customers)));
        Assert.Equal([("Classic", 2), ("Silver", 1)], months[1].Tiers.Select(t => (t.Tier, t.Customers)));
    }

    [Fact]
    public void Measure_NoAnswersAndNobodyBefore_GivesNullRatesNotZero()
    {
        var measures = Measure(new ReportingPeriod(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31)));

        Assert.Equal((0, null, null, null), (measures.ActiveCustomers, measures.Retention.Rate, measures.RepeatPurchase.Rate, measures.Nps.Score));
    }
}
