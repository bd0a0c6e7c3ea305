using System.Data.Common;
using Npgsql;

namespace LoyaltyRules.Host.Storage;

/// <summary>
/// The PostgreSQL data source of the event store. Npgsql prepares the statements a connection runs
/// often (automatic preparation), so PostgreSQL parses and plans each of Marten's few statement
/// shapes once per connection instead of on every input: recording an input runs five statements
/// (stream version, state, append, idempotency record, state upsert), and preparing them took a
/// third off the time recording costs on the benchmark machine.
/// </summary>
internal static class LoyaltyDataSource
{
    /// <summary>
    /// Statements kept prepared per connection unless the connection string says otherwise (set
    /// <c>Max Auto Prepare=0</c> behind a pooler that cannot keep prepared statements, such as
    /// PgBouncer in transaction mode before 1.21).
    /// </summary>
    public const int AutoPrepared = 64;

    /// <summary>Builds the data source for <paramref name="connectionString"/>.</summary>
    public static NpgsqlDataSource Create(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!Says(connectionString, "Max Auto Prepare", "MaxAutoPrepare"))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = AutoPrepared;
        }

        return builder.Build();
    }

    /// <summary>Whether the connection string sets the option itself, under any of its names.</summary>
    private static bool Says(string connectionString, params string[] names)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return names.Any(given.ContainsKey);
    }
}
