using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Simulations;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>The what-if calculation against the hand-computed case (see <see cref="SimulationCase"/>).</summary>
public sealed class CustomerSimulatorTests
{
    private static readonly Core.Evaluation.LoyaltyProgram Recorded = SimulationCase.Compile(SimulationCase.Recorded);
    private static readonly Core.Evaluation.LoyaltyProgram Draft = SimulationCase.Compile(SimulationCase.Draft);

    private const string BirthdayGift = """


        rule "Birthday gift"
          when birthday
          then award 50 points
        """;

    private static SimulationReport Simulate(int top = 20) => Simulate(Draft, top);

    private static SimulationReport Simulate(Core.Evaluation.LoyaltyProgram draft, int top = 20)
    {
        var aggregator = new SimulationAggregator(top, Recorded, draft);
        foreach (var history in SimulationCase.Histories(Recorded))
        {
            if (CustomerSimulator.Simulate(history, SimulationCase.February, draft, Recorded) is { } outcome)
            {
                aggregator.Add(outcome);
            }
        }

        return aggregator.Build(SimulationCase.February, new DraftDescription("draft.loyalty", draft.Name, "hash"), 3, null, null);
    }

    [Fact]
    public void Simulate_HandComputedCase_GivesTheExactLiabilityChange()
    {
        var report = Simulate();

        // c has no input in February but is enrolled: simulated (and swept every day), unchanged.
        Assert.Equal((3, 2, 9), (report.CustomersSimulated, report.CustomersChanged, report.Inputs));
        Assert.Equal((350L, 650L, 300L), (report.Liability.Recorded, report.Liability.Draft, report.Liability.Change));
        Assert.Equal((500L, 1000L), (report.PointsAwarded.Recorded, report.PointsAwarded.Draft));
    }

    [Fact]
    public void Simulate_HandComputedCase_GivesTheTierMigrationMatrix()
    {
        var migration = Simulate().TierMigration;

        Assert.Equal([0, 1], migration.Levels);
        Assert.Equal(["Classic", "Silver"], migration.RecordedTiers);
        Assert.Equal(["Classic", "Silver"], migration.DraftTiers);
        Assert.Equal([1, 1], migration.Counts[0]);
        Assert.Equal([0, 1], migration.Counts[1]);
        Assert.Equal((1, 0, 2), (migration.Upgraded, migration.Downgraded, migration.Unchanged));
    }

    [Fact]
    public void Simulate_DraftOnlyRenamesATier_ChangesNobodysTierAndNamesEachSideByItsOwnProgram()
    {
        var renamed = SimulationCase.Compile(SimulationCase.Recorded.Replace("tier Silver", "tier Argent", StringComparison.Ordinal));

        var report = Simulate(renamed);

        // b reached Silver in February as recorded; the draft calls the same level Argent.
        var migration = report.TierMigration;
        Assert.Equal([0, 1], migration.Levels);
        Assert.Equal(["Classic", "Silver"], migration.RecordedTiers);
        Assert.Equal(["Classic", "Argent"], migration.DraftTiers);
        Assert.Equal([2, 0], migration.Counts[0]);
        Assert.Equal([0, 1], migration.Counts[1]);
        Assert.Equal((0, 0, 3), (migration.Upgraded, migration.Downgraded, migration.Unchanged));
        Assert.Equal(0, report.CustomersChanged);
    }

    [Fact]
    public void Simulate_HandComputedCase_ListsEachCustomerAndTheMostAffectedFirst()
    {
        var report = Simulate(top: 1);

        var most = Assert.Single(report.MostAffected);
        Assert.Equal(("b", 160L, 320L, 160L, "Silver", "Silver"), (most.CustomerId, most.LiabilityRecorded, most.LiabilityDraft, most.LiabilityChange, most.TierRecorded, most.TierDraft));
        var a = report.Customers.Single(c => c.CustomerId == "a");
        Assert.Equal((190L, 330L, 140L, "Classic", "Silver", 4), (a.LiabilityRecorded, a.LiabilityDraft, a.LiabilityChange, a.TierRecorded, a.TierDraft, a.Inputs));
        Assert.Equal(["a", "b"], report.Customers.Select(c => c.CustomerId));
    }

    [Fact]
    public void Simulate_HandComputedCase_BucketsBalancesTheSameForBothSides()
    {
        var buckets = Simulate().Distribution;

        // Balances 190, 160 and 0 recorded, 330, 320 and 0 under the draft: buckets of 50 from 0 to 349.
        Assert.Equal(7, buckets.Count);
        Assert.Equal(("0–49", 1, 1), (buckets[0].Label, buckets[0].Recorded, buckets[0].Draft));
        Assert.Equal(("150–199", 2, 0), (buckets[3].Label, buckets[3].Recorded, buckets[3].Draft));
        Assert.Equal(("300–349", 0, 2), (buckets[6].Label, buckets[6].Recorded, buckets[6].Draft));
    }

    [Fact]
    public void Simulate_CustomerEnrolledAfterThePeriod_IsNotSimulated()
    {
        var customer = new SimulationCase.HistoryBuilder("late", Recorded);
        customer.Enrol(SimulationCase.On(3, 2));

        Assert.Null(CustomerSimulator.Simulate(customer.History, SimulationCase.February, Draft, Recorded));
    }

    [Fact]
    public void Simulate_DraftAddsABirthdayGift_ChangesLiabilityOfACustomerWithNoRecordedSweeps()
    {
        var customer = new SimulationCase.HistoryBuilder("e", Recorded);
        customer.Add(id => new CustomerEnrolled(id, SimulationCase.On(1, 5), new DateOnly(1990, 2, 14), "retail", new Dictionary<string, string>()));
        customer.Purchase(SimulationCase.On(1, 10), 500);
        var gift = SimulationCase.Compile(SimulationCase.Recorded + BirthdayGift);

        var outcome = CustomerSimulator.Simulate(customer.History, SimulationCase.February, gift, Recorded)!;

        Assert.Equal((50L, 100L, 50L), (outcome.Recorded.Liability, outcome.Draft.Liability, outcome.LiabilityChange));
        Assert.Equal((0, 28, 1), (outcome.Inputs, outcome.Sweeps, outcome.Draft.Decisions));
    }

    [Fact]
    public void Simulate_SweepsAtMidnight_ComeAfterAnInputOfThatInstantAndBeforeTheDaysLaterInputs()
    {
        // Enrolled at midnight on 14 February, the birthday: that day's sweep sees an enrolled customer.
        var customer = new SimulationCase.HistoryBuilder("f", Recorded);
        customer.Add(id => new CustomerEnrolled(id, SimulationCase.On(2, 14, hour: 0), new DateOnly(1990, 2, 14), "retail", new Dictionary<string, string>()));
        var gift = SimulationCase.Compile(SimulationCase.Recorded + BirthdayGift);

        var outcome = CustomerSimulator.Simulate(customer.History, SimulationCase.February, gift, Recorded)!;

        Assert.Equal((15, 50L), (outcome.Sweeps, outcome.Draft.Liability));
    }

    [Fact]
    public void Simulate_ReversalInThePeriodOfAPurchaseBeforeIt_TakesBackWhatWasRecordedNotWhatTheDraftWouldHaveAwarded()
    {
        // The purchase (10 January) is before the period: the draft never awarded it its 200, so the reversal
        // (5 February) takes back the 100 recorded, on both sides; a purchase in the period shows the draft is in force.
        var customer = new SimulationCase.HistoryBuilder("g", Recorded);
        customer.Enrol(SimulationCase.On(1, 5));
        var purchase = customer.Purchase(SimulationCase.On(1, 10), 1000);
        customer.Add(id => new TransactionReversed(id, SimulationCase.On(2, 5), purchase, EventKinds.Purchase, 1000, SimulationCase.On(1, 10), "refund", "r-g"));
        customer.Purchase(SimulationCase.On(2, 6), 100);

        var outcome = CustomerSimulator.Simulate(customer.History, SimulationCase.February, Draft, Recorded)!;

        Assert.Empty(outcome.Refused);
        Assert.Equal((10L, 20L), (outcome.Recorded.Liability, outcome.Draft.Liability));
        Assert.Equal((10L, 20L), (outcome.Recorded.PointsAwarded, outcome.Draft.PointsAwarded));
    }

    [Fact]
    public void Simulate_DraftRefusesARedemption_ListsItAndCarriesOn()
    {
        var customer = new SimulationCase.HistoryBuilder("d", Recorded);
        customer.Enrol(SimulationCase.On(2, 1));
        customer.Purchase(SimulationCase.On(2, 2), 1000);
        var redemption = customer.Add(id => new PointsRedeemed(id, SimulationCase.On(2, 3), 80, "voucher", "x1"));
        customer.Purchase(SimulationCase.On(2, 4), 500);
        var stingy = SimulationCase.Compile("program \"Nothing\"\n\ncurrency EUR\n\nrule \"Birthday\"\n  when birthday\n  then award 5 points\n");

        var outcome = CustomerSimulator.Simulate(customer.History, SimulationCase.February, stingy, Recorded)!;

        var refused = Assert.Single(outcome.Refused);
        Assert.Equal((redemption, "redemption"), (refused.InputId, refused.Kind));
        Assert.Contains("has 0 points available and cannot redeem 80", refused.Reason, StringComparison.Ordinal);
        Assert.Equal((70L, 0L, 4), (outcome.Recorded.Liability, outcome.Draft.Liability, outcome.Inputs));
    }

    [Fact]
    public void Build_MoreFailuresThanItLists_CountsThemAllAndListsTheFirst()
    {
        var aggregator = new SimulationAggregator(20, Recorded, Draft);
        for (var i = 0; i <= SimulationAggregator.MaxFailureRows; i++)
        {
            aggregator.Fail($"x{i}", "malformed");
        }

        var report = aggregator.Build(SimulationCase.February, new DraftDescription("draft.loyalty", Draft.Name, "hash"), 0, null, null);

        Assert.Equal((SimulationAggregator.MaxFailureRows + 1, SimulationAggregator.MaxFailureRows), (report.CustomersFailed, report.Failures.Count));
        Assert.Equal("x0", report.Failures[0].CustomerId);
    }
}
