using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Sweeps;
using LoyaltyRules.Host.Tests.Evaluation;
using LoyaltyRules.Testing.Postgres;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoyaltyRules.Host.Tests.Audit;

/// <summary>Replaying recorded histories: the record comes back identical, and a changed rule shows at the exact input.</summary>
public sealed class CustomerReplayerTests(PostgresServer server)
{
    private static readonly DateTimeOffset Enrolled = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Records a history for c-1; returns the id of its last input (a purchase on day 30).</summary>
    private static async Task<string> RecordHistoryAsync(EvaluationStore store)
    {
        await store.EnrolAsync("c-1", Enrolled, born: new DateOnly(1990, 3, 20));
        await store.Evaluator.RecordAsync("c-1", "a", EvaluationStore.Purchase(Enrolled.AddDays(1), 500, "a"), Cancellation);
        var refunded = await store.Evaluator.RecordAsync("c-1", "b", EvaluationStore.Purchase(Enrolled.AddDays(2), 120, "b"), Cancellation);
        await store.Evaluator.ReverseAsync("c-1", refunded.Input.InputId, Enrolled.AddDays(3), "refund", "refund-b", Cancellation);
        await new SweepRunner(store.Store, store.Evaluator, NullLogger<SweepRunner>.Instance).RunAsync(new DateOnly(2026, 3, 20), Cancellation);
        var last = await store.Evaluator.RecordAsync("c-1", "c", EvaluationStore.Purchase(Enrolled.AddDays(30), 1000, "c"), Cancellation);
        return last.Input.InputId;
    }

    [Fact]
    public async Task Replay_RecordedHistory_GivesBackEveryDecisionAndWritesNothing()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "replay");
        await store.ActivateAsync(StoreProgram.Version1);
        await RecordHistoryAsync(store);
        var before = await store.StreamAsync("c-1");

        var report = await new CustomerReplayer(store.Store, store.RuleSets).ReplayAsync("c-1", Cancellation);

        Assert.True(report.Identical, string.Join(Environment.NewLine, report.Entries.SelectMany(e => e.Differences)));
        Assert.Equal(["enrolment", "purchase", "purchase", "reversal", "sweep", "purchase"], report.Entries.Select(e => e.Kind));
        Assert.Equal(before.Count, (await store.StreamAsync("c-1")).Count);
    }

    [Fact]
    public async Task Replay_RuleChangedFromAPastInstant_ReportsDivergenceAtTheExactInput()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "divergence");
        await store.ActivateAsync(StoreProgram.Version1);
        var lastPurchase = await RecordHistoryAsync(store);

        // Someone activates a different rule set as if it had been in force since day 25: the record no longer follows from the rules.
        await store.ActivateAsync(StoreProgram.Version2, Enrolled.AddDays(25));
        var report = await new CustomerReplayer(store.Store, store.RuleSets).ReplayAsync("c-1", Cancellation);

        var diverged = Assert.Single(report.Entries, e => !e.Identical);
        Assert.Equal((lastPurchase, "v1", "v2"), (diverged.EventId, diverged.RecordedVersion, diverged.ReplayedVersion));
        Assert.Equal(
            "decision 1: recorded award 100 points by \"Card spend earns 1 point per 10\" as \"card spend\" (v1), replayed award 200 points by \"Card spend earns 1 point per 5\" as \"card spend\" (v2)",
            Assert.Single(diverged.Differences));
        Assert.Equal(1, report.Diverged);
    }

    [Fact]
    public async Task Replay_DivergenceMidHistory_LaterInputsAreReplayedOnTheRecordedState()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "divergence-mid");
        await store.ActivateAsync(StoreProgram.Version1);
        await RecordHistoryAsync(store);

        // Version 2 as if in force from day 1½: from the second purchase on, the replay's decisions name v2 where the record
        // names v1; each later input is replayed on the recorded state, so the reversal still takes back the 12 points recorded.
        await store.ActivateAsync(StoreProgram.Version2, Enrolled.AddDays(1.5));
        var report = await new CustomerReplayer(store.Store, store.RuleSets).ReplayAsync("c-1", Cancellation);

        Assert.Equal([true, true, false, false, false, false], report.Entries.Select(e => e.Identical));
        Assert.Equal(
            "decision 1: recorded deduct 12 points by \"reversal\" as \"reversal of 4 (card spend)\" (v1), replayed deduct 12 points by \"reversal\" as \"reversal of 4 (card spend)\" (v2)",
            Assert.Single(report.Entries[3].Differences));
        Assert.Contains("replayed award 200 points by \"Card spend earns 1 point per 5\"", Assert.Single(report.Entries[5].Differences), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayPages_EveryCustomerOnceInIdOrder_WithACursorUntilTheLast()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "replay-all");
        await store.ActivateAsync(StoreProgram.Version1);
        foreach (var id in new[] { "c-3", "c-1", "c-2" })
        {
            await store.EnrolAsync(id, Enrolled);
            await store.Evaluator.RecordAsync(id, "p", EvaluationStore.Purchase(Enrolled.AddDays(1), 250, "p-" + id), Cancellation);
        }

        var replayer = new CustomerReplayer(store.Store, store.RuleSets);
        var first = await replayer.ReplayPageAsync(null, 2, Cancellation);
        var second = await replayer.ReplayPageAsync(first.Next, 2, Cancellation);

        Assert.Equal("c-1 c-2 | c-2", string.Join(' ', first.Customers.Select(c => c.CustomerId)) + " | " + first.Next);
        Assert.Equal("c-3 | ", string.Join(' ', second.Customers.Select(c => c.CustomerId)) + " | " + second.Next);
        Assert.All(first.Customers.Concat(second.Customers), c => Assert.Equal((2, 0), (c.Inputs, c.Diverged)));
    }

    [Fact]
    public async Task Replay_UnknownCustomer_Throws()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "replay-unknown");
        await store.ActivateAsync(StoreProgram.Version1);

        await Assert.ThrowsAsync<CustomerNotFoundException>(() => new CustomerReplayer(store.Store, store.RuleSets).ReplayAsync("nobody", Cancellation));
    }
}
