using System.Collections.Concurrent;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Testing.Postgres;
using Marten;
using Marten.Services;
using Microsoft.Extensions.Logging;

namespace LoyaltyRules.Host.Tests.Evaluation;

/// <summary>Recording inputs through the store: atomic appends, idempotency, concurrency, reversals, rule-set versions, sweeps.</summary>
public sealed class CustomerEvaluatorTests(PostgresServer server)
{
    private static readonly DateTimeOffset Enrolled = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Record_Purchase_AppendsTheInputAndItsDecisionsAndUpdatesTheState()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "record");
        var version = await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);

        var outcome = await store.Evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 1234.50m, "pos-1"), Cancellation);

        Assert.False(outcome.Duplicate);
        Assert.Equal(version.Version, outcome.RuleSetVersion);
        var award = Assert.IsType<PointsAwarded>(Assert.Single(outcome.Decisions));
        Assert.Equal((123L, "Card spend earns 1 point per 10", "2", "v1"), (award.Points, award.Rule, award.CausedBy, award.RuleSetVersion));
        var stream = await store.StreamAsync("c-1");
        Assert.Collection(stream, e => Assert.IsType<CustomerEnrolled>(e), e => Assert.IsType<TransactionRecorded>(e), e => Assert.Equal(award, e));
        var state = await store.StateAsync("c-1");
        Assert.Equal((123L, 123L, 3L), (state!.AvailablePoints, state.LifetimePoints, state.Version));
    }

    [Fact]
    public async Task Record_UnknownCustomer_IsRejectedAndAppendsNothing()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "unknown");
        await store.ActivateAsync(StoreProgram.Version1);

        await Assert.ThrowsAsync<CustomerNotFoundException>(() => store.Evaluator.RecordAsync("nobody", "k", EvaluationStore.Purchase(Enrolled, 10, "k"), Cancellation));

        Assert.Empty(await store.StreamAsync("nobody"));
        Assert.Null(await store.StateAsync("nobody"));
    }

    [Fact]
    public async Task Record_SameKeyTwice_ReturnsTheOriginalDecisionsAndAppendsNothing()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "duplicate");
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);
        var first = await store.Evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 500, "pos-1"), Cancellation);

        // A retry of the same post, even with a different body, returns what the first one decided.
        var again = await store.Evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 900, "pos-1"), Cancellation);

        Assert.True(again.Duplicate);
        Assert.False(again.Appended);
        Assert.Equal(first.Decisions, again.Decisions);
        Assert.Equal(first.Input, again.Input);
        Assert.Equal(3, (await store.StreamAsync("c-1")).Count);
    }

    [Fact]
    public async Task Record_CommitWhoseAnswerIsLost_IsAnsweredAsTheFirstPostAndRecordedOnce()
    {
        var lost = new LosesOneCommitAnswer();
        await using var store = await EvaluationStore.CreateAsync(server, "lost-answer", options => options.Listeners.Add(lost));
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);
        var log = new WarningLog();
        await using var evaluator = new CustomerEvaluator(store.Store, store.RuleSets, new CustomerLocks(), log);

        // The commit succeeds but its answer never arrives: the request tries again and finds its own record.
        lost.Armed = true;
        var outcome = await evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 500, "pos-1"), Cancellation);

        Assert.False(lost.Armed);
        Assert.Contains(log.Warnings, w => w.Contains("could not be recorded", StringComparison.Ordinal));
        Assert.False(outcome.Duplicate);
        Assert.True(outcome.Appended);
        Assert.Equal(50L, Assert.IsType<PointsAwarded>(Assert.Single(outcome.Decisions)).Points);
        Assert.Equal(3, (await store.StreamAsync("c-1")).Count);

        // Another post with the key is a repeat, and says so.
        var again = await store.Evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 500, "pos-1"), Cancellation);
        Assert.True(again.Duplicate);
        Assert.Equal(outcome.Decisions, again.Decisions);
    }

    [Fact]
    public async Task Record_BurstMixingNewInputsARepeatedKeyAndARefusal_EachGetsItsOwnAnswer()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "burst");
        await store.ActivateAsync(StoreProgram.Version1);
        var customers = Enumerable.Range(0, 40).Select(i => $"b-{i:D2}").ToList();
        foreach (var customer in customers)
        {
            await store.EnrolAsync(customer, Enrolled);
        }

        var original = await store.Evaluator.RecordAsync("b-00", "again", EvaluationStore.Purchase(Enrolled.AddDays(1), 700, "again"), Cancellation);

        // All at once, so that they share batches: new purchases, the repeat of a recorded key, and a redemption of points nobody has.
        var purchases = customers.Skip(2).Select(c => store.Evaluator.RecordAsync(c, "p-" + c, EvaluationStore.Purchase(Enrolled.AddDays(2), 1000, "p-" + c), Cancellation)).ToList();
        var repeat = store.Evaluator.RecordAsync("b-00", "again", EvaluationStore.Purchase(Enrolled.AddDays(1), 900, "again"), Cancellation);
        var refused = store.Evaluator.RecordAsync("b-01", "redeem", id => new PointsRedeemed(id, Enrolled.AddDays(2), 5000, "flight", "redeem"), Cancellation);

        var recorded = await Task.WhenAll(purchases);
        Assert.All(recorded, r => Assert.Equal((false, true, 100L), (r.Duplicate, r.Appended, Assert.IsType<PointsAwarded>(Assert.Single(r.Decisions)).Points)));
        var again = await repeat;
        Assert.True(again.Duplicate);
        Assert.Equal(original.Decisions, again.Decisions);
        await Assert.ThrowsAsync<InvalidInputException>(() => refused);
        foreach (var customer in customers.Skip(2))
        {
            Assert.Equal(3, (await store.StreamAsync(customer)).Count);
            Assert.Equal(100L, (await store.StateAsync(customer))!.AvailablePoints);
        }

        Assert.Equal(3, (await store.StreamAsync("b-00")).Count);
        Assert.Single(await store.StreamAsync("b-01"));
    }

    [Fact]
    public async Task Record_FiftyConcurrentDuplicatesOnTwoHosts_RecordOneSetOfDecisions()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "duplicates");
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);
        var hosts = new[] { store.Evaluator, store.NewHost() };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            Task.Run(() => hosts[i % 2].RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 250, "pos-1"), Cancellation), Cancellation)));

        Assert.Single(outcomes, o => !o.Duplicate);
        Assert.All(outcomes, o => Assert.Equal(outcomes[0].Decisions, o.Decisions));
        var stream = await store.StreamAsync("c-1");
        Assert.Single(stream.OfType<TransactionRecorded>());
        Assert.Equal(25, Assert.Single(stream.OfType<PointsAwarded>()).Points);
        Assert.Equal(25, (await store.StateAsync("c-1"))!.AvailablePoints);
    }

    [Fact]
    public async Task Record_TwoHundredConcurrentTransactionsOnTwoHosts_BalanceIsTheSumOfTheAwards()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "concurrent");
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);
        var hosts = new[] { store.Evaluator, store.NewHost() };

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => hosts[i % 2].RecordAsync("c-1", $"pos-{i}", EvaluationStore.Purchase(Enrolled.AddDays(1), 10 * (i + 1), $"pos-{i}"), Cancellation), Cancellation)));

        Assert.All(outcomes, o => Assert.False(o.Duplicate));
        var stream = await store.StreamAsync("c-1");
        Assert.Equal(200, stream.OfType<TransactionRecorded>().Count());
        var awarded = stream.OfType<PointsAwarded>().Sum(a => a.Points);
        Assert.Equal(Enumerable.Range(1, 200).Sum(), awarded);
        var state = await store.StateAsync("c-1");
        Assert.Equal((awarded, stream.Count), (state!.AvailablePoints, (int)state.Version));
    }

    [Fact]
    public async Task Reverse_Purchase_TakesBackExactlyWhatItAwardedAtTheTime()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "reversal");
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("c-1", Enrolled);
        var purchase = await store.Evaluator.RecordAsync("c-1", "pos-1", EvaluationStore.Purchase(Enrolled.AddDays(1), 1000, "pos-1"), Cancellation);

        // Today's rules award twice as much; the reversal still takes back the 100 awarded then.
        await store.ActivateAsync(StoreProgram.Version2, Enrolled.AddDays(2));
        var reversal = await store.Evaluator.ReverseAsync("c-1", purchase.Input.InputId, Enrolled.AddDays(3), "refund", "refund-1", Cancellation);

        var deducted = Assert.IsType<PointsDeducted>(Assert.Single(reversal.Decisions));
        Assert.Equal((100L, "v2"), (deducted.Points, deducted.RuleSetVersion));
        var state = await store.StateAsync("c-1");
        Assert.Equal((0L, 0L), (state!.AvailablePoints, state.LifetimePoints));

        var again = await store.Evaluator.ReverseAsync("c-1", purchase.Input.InputId, Enrolled.AddDays(3), "refund", "refund-1", Cancellation);
        Assert.True(again.Duplicate);
        await Assert.ThrowsAsync<InvalidInputException>(() => store.Evaluator.ReverseAsync("c-1", purchase.Input.InputId, Enrolled.AddDays(4), "refund", "refund-2", Cancellation));
        await Assert.ThrowsAsync<InputNotFoundException>(() => store.Evaluator.ReverseAsync("c-1", "999", Enrolled.AddDays(4), null, "refund-3", Cancellation));
        await Assert.ThrowsAsync<InvalidInputException>(() => store.Evaluator.ReverseAsync("c-1", "1", Enrolled.AddDays(4), null, "refund-4", Cancellation));
    }

    [Fact]
    public async Task Activate_AtAFutureInstant_AppliesOnlyToInputsFromThen()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "activation");
        await store.ActivateAsync(StoreProgram.Version1);
        var switchAt = Enrolled.AddDays(10);
        await store.ActivateAsync(StoreProgram.Version2, switchAt);
        await store.EnrolAsync("c-1", Enrolled);

        var before = await store.Evaluator.RecordAsync("c-1", "a", EvaluationStore.Purchase(switchAt.AddTicks(-1), 100, "a"), Cancellation);
        var at = await store.Evaluator.RecordAsync("c-1", "b", EvaluationStore.Purchase(switchAt, 100, "b"), Cancellation);

        Assert.Equal(("v1", 10L), (before.RuleSetVersion, Assert.IsType<PointsAwarded>(Assert.Single(before.Decisions)).Points));
        Assert.Equal(("v2", 20L), (at.RuleSetVersion, Assert.IsType<PointsAwarded>(Assert.Single(at.Decisions)).Points));
    }

    [Fact]
    public async Task Store_SameTextTwice_IsOneVersion_AndInvalidTextStoresNothing()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "versions");
        var first = await store.RuleSets.StoreAsync("a.loyalty", StoreProgram.Version1, "ada", Cancellation);
        var same = await store.RuleSets.StoreAsync("b.loyalty", StoreProgram.Version1, "grace", Cancellation);
        var broken = await store.RuleSets.StoreAsync("c.loyalty", "program \"x\"\nrule \"r\" when purchase then award", "edsger", Cancellation);

        Assert.True(first.Created);
        Assert.False(same.Created);
        Assert.Equal(first.Version, same.Version);
        Assert.Null(broken.Version);
        Assert.NotEmpty(broken.Compilation.Errors);
        var history = await store.RuleSets.HistoryAsync(Cancellation);
        Assert.Equal(["v1"], history.Versions.Select(v => v.Version));
        Assert.Equal((64, "ada"), (history.Versions[0].ContentHash.Length, history.Versions[0].Author));
        await Assert.ThrowsAsync<LoyaltyRules.Host.RuleSets.NoActiveRuleSetException>(() => store.RuleSets.ActiveAtAsync(Enrolled, Cancellation));
    }

    [Fact]
    public async Task Sweep_SameDateTwice_DecidesOnceAndChangesNothingTheSecondTime()
    {
        await using var store = await EvaluationStore.CreateAsync(server, "sweep");
        await store.ActivateAsync(StoreProgram.Version1);
        await store.EnrolAsync("birthday", Enrolled, born: new DateOnly(1990, 3, 20));
        await store.EnrolAsync("other", Enrolled, born: new DateOnly(1990, 7, 1));
        var runner = new LoyaltyRules.Host.Sweeps.SweepRunner(store.Store, store.Evaluator, Microsoft.Extensions.Logging.Abstractions.NullLogger<LoyaltyRules.Host.Sweeps.SweepRunner>.Instance);
        var date = new DateOnly(2026, 3, 20);

        var first = await runner.RunAsync(date, Cancellation);
        var streamAfterFirst = await store.StreamAsync("birthday");
        var versionAfterFirst = (await store.StateAsync("birthday"))!.Version;
        var second = await runner.RunAsync(date, Cancellation);

        Assert.Equal((2, 1, 1), (first.Candidates, first.Affected, first.Decisions));
        Assert.Empty(first.Failures);
        Assert.Equal((0, 0), (second.Affected, second.Decisions));
        Assert.Equal(3, streamAfterFirst.Count);
        Assert.Equal(3, (await store.StreamAsync("birthday")).Count);
        Assert.Equal(versionAfterFirst, (await store.StateAsync("birthday"))!.Version);
        Assert.Single(await store.StreamAsync("other"));
        var gift = Assert.IsType<PointsAwarded>(streamAfterFirst[^1]);
        Assert.Equal((500L, "Birthday gift"), (gift.Points, gift.Rule));
        Assert.Equal(date, (await store.StateAsync("birthday"))!.LastSweep);
    }

    /// <summary>Once armed, fails the next commit after it has committed: what a connection lost during the commit looks like to the host.</summary>
    private sealed class LosesOneCommitAnswer : DocumentSessionListenerBase
    {
        public volatile bool Armed;

        public override Task AfterCommitAsync(IDocumentSession session, IChangeSet commit, CancellationToken token)
        {
            if (!Armed)
            {
                return Task.CompletedTask;
            }

            Armed = false;
            throw new TimeoutException("The connection was lost while the commit was acknowledged (simulated).");
        }
    }

    /// <summary>Keeps the warnings and errors logged.</summary>
    private sealed class WarningLog : ILogger<CustomerEvaluator>
    {
        public ConcurrentQueue<string> Warnings { get; } = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Warnings.Enqueue(formatter(state, exception));
            }
        }
    }
}
