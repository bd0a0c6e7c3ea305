using Npgsql;
using Xunit;

namespace LoyaltyRules.Testing.Postgres;

/// <summary>
/// The PostgreSQL server a test assembly uses; register it with
/// <c>[assembly: AssemblyFixture(typeof(PostgresServer))]</c>.
/// </summary>
/// <remarks>
/// Under <c>./build.sh test</c> the server is the private cluster the script started, passed in
/// <see cref="ConnectionStringVariable"/>; the script stops it when the run ends, however it ends.
/// Run any other way (an IDE, <c>dotnet test</c>), the fixture starts a throwaway cluster of its
/// own through the same script and removes it when the assembly's tests are done.
/// </remarks>
public sealed class PostgresServer : IAsyncLifetime
{
    /// <summary>The environment variable holding a superuser connection string to a running server.</summary>
    public const string ConnectionStringVariable = "LOYALTYRULES_TEST_POSTGRES";

    private string? _ownClusterFolder;
    private string? _adminConnectionString;

    /// <summary>A superuser connection string to the server's <c>postgres</c> database.</summary>
    public string AdminConnectionString =>
        _adminConnectionString ?? throw new InvalidOperationException("The PostgreSQL server fixture is not initialised.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        var provided = Environment.GetEnvironmentVariable(ConnectionStringVariable);
        if (!string.IsNullOrWhiteSpace(provided))
        {
            _adminConnectionString = new NpgsqlConnectionStringBuilder(provided) { Database = "postgres" }.ConnectionString;
            return;
        }

        _ownClusterFolder = RepositoryLayout.PathOf(".postgres", $"test-{Environment.ProcessId}-{Guid.NewGuid():N}"[..24]);
        _adminConnectionString = await ClusterScript.StartAsync(_ownClusterFolder, TestContext.Current.CancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates an empty database for <paramref name="purpose"/>; dispose it to drop it.</summary>
    public Task<TestDatabase> CreateDatabaseAsync(string purpose, CancellationToken cancellationToken = default) =>
        TestDatabase.CreateAsync(AdminConnectionString, purpose, cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_ownClusterFolder is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ClusterScript.StopAsync(_ownClusterFolder).ConfigureAwait(false);
            _ownClusterFolder = null;
        }
    }
}
