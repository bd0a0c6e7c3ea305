using Xunit;

namespace LoyaltyRules.Testing.Postgres;

/// <summary>
/// A class fixture giving a test class a database of its own on the assembly's
/// <see cref="PostgresServer"/>: created before the class's first test, dropped after its last.
/// </summary>
public sealed class PostgresDatabase(PostgresServer server) : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>A connection string to the class's database.</summary>
    public string ConnectionString =>
        _database?.ConnectionString ?? throw new InvalidOperationException("The database fixture is not initialised.");

    /// <summary>The database's name.</summary>
    public string Name => _database?.Name ?? throw new InvalidOperationException("The database fixture is not initialised.");

    /// <summary>The server, for tests that need more databases than their own.</summary>
    public PostgresServer Server => server;

    /// <inheritdoc />
    public async ValueTask InitializeAsync() =>
        _database = await server.CreateDatabaseAsync("class", TestContext.Current.CancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }
}
