using System.Globalization;
using System.Text;
using Npgsql;

namespace LoyaltyRules.Testing.Postgres;

/// <summary>A database created for some tests and dropped when disposed.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private const int MaxIdentifierLength = 63;
    private readonly string _adminConnectionString;
    private bool _dropped;

    private TestDatabase(string adminConnectionString, string name)
    {
        _adminConnectionString = adminConnectionString;
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>The database's name: <c>lr_</c>, the purpose, and a random suffix.</summary>
    public string Name { get; }

    /// <summary>A connection string to this database.</summary>
    public string ConnectionString { get; }

    internal static async Task<TestDatabase> CreateAsync(string adminConnectionString, string purpose, CancellationToken cancellationToken)
    {
        var database = new TestDatabase(adminConnectionString, NameFor(purpose));
        await database.ExecuteAdminAsync($"CREATE DATABASE \"{database.Name}\"", cancellationToken).ConfigureAwait(false);
        return database;
    }

    /// <summary>Drops the database, closing any connection still open to it.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_dropped)
        {
            return;
        }

        _dropped = true;
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        await ExecuteAdminAsync($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", CancellationToken.None).ConfigureAwait(false);
    }

    private async Task ExecuteAdminAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string NameFor(string purpose)
    {
        var name = new StringBuilder("lr_");
        foreach (var c in purpose)
        {
            name.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        var suffix = "_" + Guid.NewGuid().ToString("N", CultureInfo.InvariantCulture)[..10];
        var stem = name.ToString();
        return stem[..Math.Min(stem.Length, MaxIdentifierLength - suffix.Length)] + suffix;
    }
}
