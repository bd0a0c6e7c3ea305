using LoyaltyRules.Host.Measures;
using LoyaltyRules.Host.Simulations;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>The report page: what its figures are called, and that nothing from a draft or the data is markup.</summary>
public sealed class SimulationHtmlTests
{
    private static readonly Core.Evaluation.LoyaltyProgram Recorded = SimulationCase.Compile(SimulationCase.Recorded);

    private static string Render(CustomerOutcome outcome, ProgramMeasures? measures = null)
    {
        var aggregator = new SimulationAggregator(20, Recorded, Recorded);
        aggregator.Add(outcome);
        var report = aggregator.Build(SimulationCase.February, new DraftDescription("draft.loyalty", "Draft", "0123456789abcdef"), 1, 1, measures);
        var job = new SimulationJob { Id = "sim-1", RequestedBy = "tests", Status = SimulationJob.Completed };
        return SimulationHtml.Render(job, report);
    }

    private static SideOutcome Side(long liability, IReadOnlyDictionary<GrantKey, int>? grants = null) =>
        new(liability, "Classic", 0, liability, 1, grants ?? new Dictionary<GrantKey, int>());

    [Fact]
    public void Render_SampledReportWithMeasures_SaysWhoseLiabilityEachCardShows()
    {
        var measures = new MeasuresCalculator(SimulationCase.February, _ => Recorded).Build();

        var page = Render(new CustomerOutcome("a", 1, 28, Side(100), Side(150), []), measures);

        Assert.Contains("<span>Points liability of the simulated customers at period end</span><b>100 → 150</b>", page, StringComparison.Ordinal);
        Assert.Contains("<span>Points liability of every customer at period end</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<span>Points liability at period end</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CodesAndNamesWithMarkup_EncodesThemAll()
    {
        var script = "<script>alert(1)</script>";
        var grants = new Dictionary<GrantKey, int> { [new GrantKey("offer", script)] = 1 };
        var outcome = new CustomerOutcome(script, 1, 28, Side(100), Side(150, grants) with { Tier = "<b>Gold</b>" },
            [new RefusedInput(script, "7", "redemption", SimulationCase.On(2, 3), "rule \"" + script + "\" refused")]);

        var page = Render(outcome);

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Gold", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;Gold&lt;/b&gt;", page, StringComparison.Ordinal);
    }
}
