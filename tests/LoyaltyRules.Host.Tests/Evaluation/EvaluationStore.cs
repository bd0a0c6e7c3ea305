using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Storage;
using LoyaltyRules.Testing.Postgres;
using Marten;

namespace LoyaltyRules.Host.Tests.Evaluation;

/// <summary>
/// The host's storage and evaluation services on a database of their own, without HTTP. Each
/// <see cref="NewHost"/> is another host on the same database: its own customer locks and rule-set
/// cache, so hosts race through the stream's optimistic concurrency as they would in production.
/// </summary>
public sealed class EvaluationStore : IAsyncDisposable
{
    private readonly TestDatabase _database;

    private EvaluationStore(TestDatabase database, DocumentStore store)
    {
        _database = database;
        Store = store;
        RuleSets = new RuleSetCatalog(store, TimeProvider.System);
        Evaluator = new CustomerEvaluator(store, RuleSets, new CustomerLocks());
    }

    public DocumentStore Store { get; }

    public RuleSetCatalog RuleSets { get; }

    public CustomerEvaluator Evaluator { get; }

    /// <summary>A new database with the host's configuration, and <paramref name="configure"/>'s additions (a session listener, say).</summary>
    public static async Task<EvaluationStore> CreateAsync(PostgresServer server, string purpose, Action<StoreOptions>? configure = null)
    {
        var database = await server.CreateDatabaseAsync(purpose, TestContext.Current.CancellationToken);
        var store = DocumentStore.For(options =>
        {
            EventStoreConfiguration.Configure(options);
            options.Connection(database.ConnectionString);
            configure?.Invoke(options);
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        return new EvaluationStore(database, store);
    }

    /// <summary>Another host's evaluator on the same database.</summary>
    public CustomerEvaluator NewHost() => new(Store, new RuleSetCatalog(Store, TimeProvider.System), new CustomerLocks());

    /// <summary>Stores <paramref name="source"/> and activates it from <paramref name="from"/> (the beginning of time when null).</summary>
    public async Task<RuleSetStored> ActivateAsync(string source, DateTimeOffset? from = null, string fileName = "test.loyalty")
    {
        var upload = await RuleSets.StoreAsync(fileName, source, "tests", TestContext.Current.CancellationToken);
        Assert.True(upload.Version is not null, string.Join(Environment.NewLine, upload.Compilation.Diagnostics.Select(d => d.ToString())));
        await RuleSets.ActivateAsync(upload.Version.Number, from ?? DateTimeOffset.MinValue, "tests", TestContext.Current.CancellationToken);
        return upload.Version;
    }

    public async Task<CustomerState?> StateAsync(string customerId)
    {
        await using var query = Store.QuerySession();
        return await query.LoadAsync<CustomerState>(customerId, TestContext.Current.CancellationToken);
    }

    public async Task<IReadOnlyList<object>> StreamAsync(string customerId)
    {
        await using var query = Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(customerId, token: TestContext.Current.CancellationToken);
        return [.. events.Select(e => e.Data)];
    }

    public Task<RecordOutcome> EnrolAsync(string customerId, DateTimeOffset at, DateOnly? born = null) =>
        Evaluator.RecordAsync(customerId, "enrolment", id => new CustomerEnrolled(id, at, born, "retail", new Dictionary<string, string>()), TestContext.Current.CancellationToken);

    public static Func<string, IInputEvent> Purchase(DateTimeOffset at, decimal amount, string key, string channel = "card") =>
        id => new TransactionRecorded(id, at, "purchase", amount, "EUR", channel, null, null, null, key);

    public async ValueTask DisposeAsync()
    {
        RuleSets.Dispose();
        Store.Dispose();
        await _database.DisposeAsync();
    }
}
