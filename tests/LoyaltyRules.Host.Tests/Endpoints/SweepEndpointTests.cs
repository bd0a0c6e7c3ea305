using System.Net;
using System.Net.Http.Json;
using LoyaltyRules.Host.Sweeps;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary><c>POST /sweeps</c> through the real host: admin only, problem details for bad input, and a report.</summary>
public sealed class SweepEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("not-a-key-at-all", HttpStatusCode.Unauthorized)]
    [InlineData(TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData(TestKeys.Auditor, HttpStatusCode.Forbidden)]
    [InlineData(TestKeys.Admin, HttpStatusCode.OK)]
    public async Task PostSweep_ByKey_IsForAdminsOnly(string? key, HttpStatusCode expected)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sweeps") { Content = JsonContent.Create(new { date = "2026-11-23" }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            var report = await response.Content.ReadFromJsonAsync<SweepReport>(Cancellation);
            Assert.Equal(new DateOnly(2026, 11, 23), report!.Date);
        }
        else
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task PostSweep_WithoutDate_Is400ProblemNamingTheField()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sweeps") { Content = JsonContent.Create(new { }) };
        request.Headers.Add("X-Api-Key", TestKeys.Admin);

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("date", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }
}
