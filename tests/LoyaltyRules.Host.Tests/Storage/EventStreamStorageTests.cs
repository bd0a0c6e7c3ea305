using JasperFx;
using LoyaltyRules.Host.Storage;
using LoyaltyRules.Testing.Postgres;
using Marten;

namespace LoyaltyRules.Host.Tests.Storage;

/// <summary>The storage path end to end against the private PostgreSQL, with the host's own Marten configuration.</summary>
public sealed class EventStreamStorageTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private DocumentStore? _store;

    private DocumentStore Store => _store ?? throw new InvalidOperationException("not initialised");

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _store = DocumentStore.For(options =>
        {
            EventStoreConfiguration.Configure(options);
            options.Connection(database.ConnectionString);
        });
        await _store.Storage.ApplyAllConfiguredChangesToDatabaseAsync().ConfigureAwait(false);
    }

    public ValueTask DisposeAsync()
    {
        _store?.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task SeedStreamAsync(string customerId, params object[] events)
    {
        await using var session = Store.LightweightSession();
        session.Events.StartStream(customerId, events);
        await session.SaveChangesAsync(Cancellation);
    }

    [Fact]
    public async Task StartStream_WithStringId_FetchesTheSameEventsInOrder()
    {
        const string customerId = "customer-0001";
        await SeedStreamAsync(customerId, new LedgerOpened("Ada"), new LedgerCredited(120, "purchase"), new LedgerCredited(30, "bonus"));

        await using var query = Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(customerId, token: Cancellation);

        Assert.Equal([1L, 2L, 3L], events.Select(e => e.Version));
        Assert.All(events, e => Assert.Equal(customerId, e.StreamKey));
        Assert.Equal(new LedgerOpened("Ada"), events[0].Data);
        Assert.Equal(new LedgerCredited(120, "purchase"), events[1].Data);
        Assert.Equal(new LedgerCredited(30, "bonus"), events[2].Data);
    }

    [Fact]
    public async Task FetchForWriting_ThenAppend_ContinuesTheStreamAndAggregates()
    {
        const string customerId = "customer-0002";
        await SeedStreamAsync(customerId, new LedgerOpened("Grace"), new LedgerCredited(10, "purchase"));

        await using (var session = Store.LightweightSession())
        {
            var stream = await session.Events.FetchForWriting<Ledger>(customerId, Cancellation);
            Assert.Equal(2, stream.CurrentVersion);
            Assert.Equal(10, stream.Aggregate?.Balance);
            stream.AppendMany(new LedgerCredited(5, "referral"), new LedgerCredited(7, "birthday"));
            await session.SaveChangesAsync(Cancellation);
        }

        await using var query = Store.QuerySession();
        var ledger = await query.Events.AggregateStreamAsync<Ledger>(customerId, token: Cancellation);
        var state = await query.Events.FetchStreamStateAsync(customerId, Cancellation);
        Assert.Equal(22, ledger?.Balance);
        Assert.Equal(4, state?.Version);
    }

    [Fact]
    public async Task SaveChanges_StaleWriter_IsRejectedAndAppendsNothing()
    {
        const string customerId = "customer-0003";
        await SeedStreamAsync(customerId, new LedgerOpened("Edsger"));

        await using var first = Store.LightweightSession();
        await using var stale = Store.LightweightSession();
        var firstStream = await first.Events.FetchForWriting<Ledger>(customerId, Cancellation);
        var staleStream = await stale.Events.FetchForWriting<Ledger>(customerId, Cancellation);

        firstStream.AppendOne(new LedgerCredited(100, "first writer"));
        await first.SaveChangesAsync(Cancellation);

        staleStream.AppendOne(new LedgerCredited(999, "stale writer"));
        await Assert.ThrowsAnyAsync<ConcurrencyException>(() => stale.SaveChangesAsync(Cancellation));

        await using var query = Store.QuerySession();
        var events = await query.Events.FetchStreamAsync(customerId, token: Cancellation);
        Assert.Equal([new LedgerOpened("Edsger"), new LedgerCredited(100, "first writer")], events.Select(e => e.Data));
    }

    [Fact]
    public async Task StartStream_IdAlreadyTaken_IsRejected()
    {
        const string customerId = "customer-0004";
        await SeedStreamAsync(customerId, new LedgerOpened("Barbara"));

        await using var duplicate = Store.LightweightSession();
        duplicate.Events.StartStream(customerId, new LedgerOpened("Impostor"));
        await Assert.ThrowsAsync<Marten.Exceptions.ExistingStreamIdCollisionException>(() => duplicate.SaveChangesAsync(Cancellation));
    }
}
