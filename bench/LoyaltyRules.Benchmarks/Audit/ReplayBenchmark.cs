using System.Diagnostics;
using System.Globalization;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Benchmarks.Audit;

/// <summary>
/// Stores about a million events — customers with two years of purchases, deposits and sweeps, each
/// input recorded with the decisions the sample banking program really makes — then, in one run,
/// reads every stream raw through Marten and replays every customer through the auditor's replay
/// (the same pages of customers, the same stream reads, plus evaluation and comparison):
/// <c>ratio replay/raw-read</c>.
/// </summary>
internal static class ReplayBenchmark
{
    private const int InputsPerCustomer = 120;
    private const int PageSize = 500;
    private static readonly DateTimeOffset Start = new(2024, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public static async Task<int> RunAsync(bool quick, TextWriter output)
    {
        var connection = Environment.GetEnvironmentVariable("LOYALTYRULES_BENCH_POSTGRES")
            ?? throw new InvalidOperationException("LOYALTYRULES_BENCH_POSTGRES is not set: run this with ./build.sh bench replay, which starts PostgreSQL.");
        var customers = quick ? 4_500 : 9_000;
        using var store = DocumentStore.For(options =>
        {
            options.Connection(connection);
            EventStoreConfiguration.Configure(options);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().ConfigureAwait(false);
        using var catalog = new RuleSetCatalog(store, TimeProvider.System);
        var path = RepositoryLayout.PathOf("rules", "retail-banking.loyalty");
        var history = await catalog.EnsureActiveAsync("retail-banking.loyalty", await File.ReadAllTextAsync(path).ConfigureAwait(false), CancellationToken.None).ConfigureAwait(false);
        var stored = history.VersionAt(Start)!;
        var program = catalog.Program(stored);

        output.WriteLine($"storing {customers} customers with {InputsPerCustomer} inputs each and their decisions");
        var clock = Stopwatch.StartNew();
        var events = await StoreAsync(store, program, stored.Version, customers).ConfigureAwait(false);
        output.WriteLine(Invariant($"stored {events} events in {clock.Elapsed.TotalSeconds:0} s"));

        // Each measured twice, alternating, best of two: the database's cache is warm for both.
        var raw = double.MaxValue;
        var replay = double.MaxValue;
        for (var round = 0; round < 2; round++)
        {
            raw = Math.Min(raw, await TimeAsync(() => RawReadAsync(store, events)).ConfigureAwait(false));
            replay = Math.Min(replay, await TimeAsync(() => ReplayAllAsync(new CustomerReplayer(store, catalog), events)).ConfigureAwait(false));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"events: {events}"));
        output.WriteLine(Invariant($"raw read through Marten: {events / raw:0} events/s ({raw:0.0} s)"));
        output.WriteLine(Invariant($"replay: {events / replay:0} events/s ({replay:0.0} s)"));
        output.WriteLine(Invariant($"ratio replay/raw-read {raw / replay:0.00}"));
        return 0;
    }

    /// <summary>Evaluates every customer's inputs in memory with the program and stores them, a batch of customers per transaction.</summary>
    private static async Task<long> StoreAsync(DocumentStore store, LoyaltyProgram program, string version, int customers)
    {
        long events = 0;
        foreach (var batch in Enumerable.Range(0, customers).Chunk(50))
        {
            var streams = await Task.Run(() => batch.Select(c => (Id: CustomerId(c), Events: History(program, version, c))).ToList()).ConfigureAwait(false);
            await using var session = store.LightweightSession();
            foreach (var (id, stream) in streams)
            {
                session.Events.StartStream(id, stream);
                events += stream.Count;
            }

            await session.SaveChangesAsync().ConfigureAwait(false);
        }

        return events;
    }

    /// <summary>Enrolment, then every sixth day a purchase, a deposit every fifth input and a sweep every tenth — two years.</summary>
    private static List<object> History(LoyaltyProgram program, string version, int customer)
    {
        var state = new CustomerState { Id = CustomerId(customer) };
        var events = new List<object>();
        for (var i = 0; i < InputsPerCustomer; i++)
        {
            var id = (events.Count + 1).ToString(CultureInfo.InvariantCulture);
            var at = Start.AddDays(i * 6).AddMinutes(customer % 600);
            IInputEvent input = i switch
            {
                0 => new CustomerEnrolled(id, at, new DateOnly(1980 + (customer % 30), 1 + (customer % 12), 1 + (customer % 28)), "retail", new Dictionary<string, string>()),
                _ when i % 10 == 9 => new SweepEvaluated(id, at, DateOnly.FromDateTime(at.UtcDateTime)),
                _ when i % 5 == 0 => new TransactionRecorded(id, at, "deposit", 500 + (customer * 7 + i) % 3000, "EUR", null, null, null, null, "k" + id),
                _ => new TransactionRecorded(id, at, "purchase", 5 + (customer * 13 + i * 17) % 900, "EUR", "card", i % 7 == 0 ? "hotel" : "grocery", null, null, "k" + id),
            };
            var result = Evaluator.Evaluate(program, version, state, input);
            events.Add(input);
            events.AddRange(result.Decisions);
            state = result.State;
        }

        return events;
    }

    private static async Task RawReadAsync(DocumentStore store, long expected)
    {
        long read = 0;
        await using var session = store.QuerySession();
        string? after = null;
        while (true)
        {
            var ids = await session.Query<CustomerState>().IdsAfterAsync(after, PageSize, CancellationToken.None).ConfigureAwait(false);
            foreach (var id in ids)
            {
                read += (await session.Events.FetchStreamAsync(id).ConfigureAwait(false)).Count;
            }

            if (ids.Count < PageSize)
            {
                break;
            }

            after = ids[^1];
        }

        Check(read, expected, "read");
    }

    private static async Task ReplayAllAsync(CustomerReplayer replayer, long expected)
    {
        long replayed = 0;
        string? after = null;
        do
        {
            var page = await replayer.ReplayPageAsync(after, PageSize, CancellationToken.None).ConfigureAwait(false);
            foreach (var customer in page.Customers)
            {
                if (!customer.Identical)
                {
                    throw new InvalidOperationException($"Replay of {customer.CustomerId} diverged: {string.Join("; ", customer.Entries.SelectMany(e => e.Differences))}");
                }

                replayed += customer.Entries.Sum(e => 1 + e.Decisions);
            }

            after = page.Next;
        }
        while (after is not null);
        Check(replayed, expected, "replayed");
    }

    private static void Check(long actual, long expected, string what)
    {
        if (actual != expected)
        {
            throw new InvalidOperationException($"{what} {actual} events where {expected} were stored.");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var clock = Stopwatch.StartNew();
        await run().ConfigureAwait(false);
        return clock.Elapsed.TotalSeconds;
    }

    private static string CustomerId(int i) => "replay-" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
