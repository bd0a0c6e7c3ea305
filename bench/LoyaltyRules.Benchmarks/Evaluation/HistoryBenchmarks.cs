using System.Globalization;
using BenchmarkDotNet.Attributes;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Benchmarks.Evaluation;

/// <summary>
/// Recording one purchase through the store (idempotency look-up, stream fetch for writing with the
/// inline state, evaluation with the sample banking program, atomic append) for a customer with 10
/// events of history and for one with 100,000. The cost must not depend on the history's length.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Reliability", "CA1001", Justification = "BenchmarkDotNet releases what GlobalSetup made in GlobalCleanup.")]
public class HistoryBenchmarks
{
    /// <summary>Environment variable with the PostgreSQL connection string (<c>./build.sh bench evaluation</c> sets it).</summary>
    public const string ConnectionVariable = "LOYALTYRULES_BENCH_POSTGRES";

    private static readonly DateTimeOffset HistoryStart = new(2023, 1, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BenchmarkStart = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private DocumentStore _store = null!;
    private RuleSetCatalog _ruleSets = null!;
    private CustomerEvaluator _evaluator = null!;
    private string _customer = "";
    private int _next;

    [Params(10, 100_000)]
    public int History { get; set; }

    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup()
    {
        _ruleSets.Dispose();
        _store.Dispose();
    }

    /// <summary>Records one card purchase for the customer.</summary>
    [Benchmark]
    public RecordOutcome RecordPurchase()
    {
        var n = ++_next;
        var key = "bench-" + n.ToString(CultureInfo.InvariantCulture);
        var at = BenchmarkStart.AddSeconds(n);
        return _evaluator.RecordAsync(_customer, key, id => new TransactionRecorded(id, at, "purchase", 42.50m, "EUR", "card", "grocery", null, "shop", key), CancellationToken.None)
            .GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        var connection = Environment.GetEnvironmentVariable(ConnectionVariable)
            ?? throw new InvalidOperationException($"{ConnectionVariable} is not set: run this benchmark with ./build.sh bench evaluation, which starts PostgreSQL.");
        _store = DocumentStore.For(options =>
        {
            EventStoreConfiguration.Configure(options);
            options.Connection(connection);
        });
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().ConfigureAwait(false);
        _ruleSets = new RuleSetCatalog(_store, TimeProvider.System);
        var rules = RepositoryLayout.PathOf("rules", "retail-banking.loyalty");
        await _ruleSets.EnsureActiveAsync("retail-banking.loyalty", await File.ReadAllTextAsync(rules).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
        _evaluator = new CustomerEvaluator(_store, _ruleSets, new CustomerLocks());
        _customer = "history-" + History.ToString(CultureInfo.InvariantCulture);
        _next = 0;
        await SeedAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Writes the customer's history straight into the store: inputs evaluated in memory with the same
    /// program (so the stream holds realistic decisions), appended in large batches with their records.
    /// A history already there (an earlier case of the same run) is reused.
    /// </summary>
    private async Task SeedAsync()
    {
        await using (var query = _store.QuerySession())
        {
            if (await query.LoadAsync<CustomerState>(_customer).ConfigureAwait(false) is { } existing && existing.Version >= History)
            {
                return;
            }
        }

        var ruleSet = await _ruleSets.ActiveAtAsync(HistoryStart, CancellationToken.None).ConfigureAwait(false);
        var state = new CustomerState { Id = _customer };
        var batch = new List<object>();
        var records = new List<RecordedInput>();
        long version = 0;
        var started = false;
        var spacing = (BenchmarkStart - HistoryStart - TimeSpan.FromDays(1)) / History;
        for (var i = 0; i < History; i++)
        {
            var inputId = (version + 1).ToString(CultureInfo.InvariantCulture);
            var key = "history-" + i.ToString(CultureInfo.InvariantCulture);
            var at = HistoryStart + (spacing * i);
            IInputEvent input = i == 0
                ? new CustomerEnrolled(inputId, at, new DateOnly(1980, 5, 17), "retail", new Dictionary<string, string>())
                : new TransactionRecorded(inputId, at, i % 5 == 0 ? "deposit" : "purchase", 10 + (i % 300), "EUR", "card", i % 7 == 0 ? "hotel" : "grocery", null, "shop", key);
            var result = Evaluator.Evaluate(ruleSet.Program, ruleSet.Version, state, input);
            state = result.State;
            batch.Add(input);
            batch.AddRange(result.Decisions);
            records.Add(new RecordedInput
            {
                Id = RecordedInput.IdFor(_customer, inputId), CustomerId = _customer, InputId = inputId, IdempotencyKey = i == 0 ? "enrolment" : key,
                Kind = EventKinds.Of(input), OccurredAt = at, RuleSetVersion = ruleSet.Version, FromVersion = version + 1, ToVersion = version + 1 + result.Decisions.Count,
            });
            version += 1 + result.Decisions.Count;
            if (batch.Count >= 5_000 || i == History - 1)
            {
                await using var session = _store.LightweightSession();
                if (started)
                {
                    session.Events.Append(_customer, batch.ToArray());
                }
                else
                {
                    session.Events.StartStream(_customer, batch.ToArray());
                    started = true;
                }

                session.Store(records.ToArray());
                await session.SaveChangesAsync().ConfigureAwait(false);
                batch.Clear();
                records.Clear();
            }
        }
    }
}
