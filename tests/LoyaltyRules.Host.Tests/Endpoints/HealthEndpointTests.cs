using System.Net;
using System.Text.Json;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

public sealed class HealthEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetHealth_PostgresAnswers_Returns200Healthy()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var postgres = body.RootElement.GetProperty("checks").GetProperty("postgresql");
        Assert.StartsWith("PostgreSQL 1", postgres.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetHealth_PostgresGone_Returns503Unhealthy()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using (var first = await client.GetAsync(new Uri("/health", UriKind.Relative), Cancellation))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        // The database disappears under the running host.
        await using (var doomed = await database.Server.CreateDatabaseAsync("health-gone", Cancellation))
        {
            await using var doomedFactory = new LoyaltyHostFactory(doomed.ConnectionString);
            using var doomedClient = doomedFactory.CreateClient();
            await doomed.DisposeAsync();

            using var response = await doomedClient.GetAsync(new Uri("/health", UriKind.Relative), Cancellation);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
            Assert.Equal("Unhealthy", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("PostgreSQL does not answer", body.RootElement.GetProperty("checks").GetProperty("postgresql").GetProperty("description").GetString());
        }
    }
}
