using LoyaltyRules.Host.Storage;
using LoyaltyRules.Testing.Postgres;
using Npgsql;

namespace LoyaltyRules.Host.Tests.Storage;

/// <summary>The event store's data source prepares the statements it runs often, unless the connection string says otherwise.</summary>
public sealed class LoyaltyDataSourceTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_statement_run_again_and_again_is_prepared_on_its_connection()
    {
        await using var dataSource = LoyaltyDataSource.Create(database.ConnectionString);
        await using var connection = await dataSource.OpenConnectionAsync(Cancellation);
        for (var i = 0; i < 10; i++)
        {
            await using var command = new NpgsqlCommand("select count(*) from pg_class where relname = $1", connection) { Parameters = { new() { Value = "mt_streams" } } };
            await command.ExecuteScalarAsync(Cancellation);
        }

        await using var prepared = new NpgsqlCommand("select count(*) from pg_prepared_statements where statement like 'select count(*) from pg_class%'", connection);
        Assert.Equal(1L, await prepared.ExecuteScalarAsync(Cancellation));
    }

    [Theory]
    [InlineData("", LoyaltyDataSource.AutoPrepared)]
    [InlineData(";Max Auto Prepare=0", 0)]
    [InlineData(";MaxAutoPrepare=5", 5)]
    public void The_connection_string_has_the_last_word(string setting, int expected)
    {
        using var dataSource = LoyaltyDataSource.Create("Host=127.0.0.1;Username=loyalty" + setting);
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).MaxAutoPrepare);
    }
}
