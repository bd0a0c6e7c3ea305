using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyRules.Host.Tests.Simulations;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Measures;

/// <summary><c>GET /measures</c> through the real host, on the hand-computed case recorded through the API.</summary>
public sealed class MeasureEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetMeasures_February_GivesTheHandComputedFigures()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);
        using var client = SimulationCaseApi.Client(factory, TestKeys.Client);
        using var auditor = SimulationCaseApi.Client(factory, TestKeys.Auditor);
        await SimulationCaseApi.RecordAsync(admin, client);

        var measures = await auditor.GetFromJsonAsync<JsonElement>("/measures?from=2026-02-01&to=2026-02-28", Cancellation);

        Assert.Equal(2, measures.GetProperty("activeCustomers").GetInt32());
        Assert.Equal("{\"of\":2,\"count\":1,\"rate\":0.5}", measures.GetProperty("retention").GetRawText());
        Assert.Equal("{\"of\":2,\"count\":1,\"rate\":0.5}", measures.GetProperty("repeatPurchase").GetRawText());
        Assert.Equal("{\"respondents\":2,\"promoters\":1,\"passives\":0,\"detractors\":1,\"score\":0}", measures.GetProperty("nps").GetRawText());
        Assert.Equal(350, measures.GetProperty("liability").GetProperty("total").GetInt64());
        Assert.Equal("[{\"tier\":\"Classic\",\"customers\":2},{\"tier\":\"Silver\",\"customers\":1}]", measures.GetProperty("tierDistribution")[0].GetProperty("tiers").GetRawText());
    }

    [Theory]
    [InlineData("/measures?to=2026-02-28", "from")]
    [InlineData("/measures?from=2026-02-01", "to")]
    [InlineData("/measures?from=2026-03-01&to=2026-02-01", "to")]
    [InlineData("/measures?from=01/02/2026&to=2026-02-28", "from")]
    [InlineData("/measures?from=0001-01-01&to=0001-01-31", "from")]
    [InlineData("/measures?from=9999-12-01&to=9999-12-31", "to")]
    public async Task GetMeasures_BadPeriod_Is400NamingTheField(string path, string field)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var auditor = SimulationCaseApi.Client(factory, TestKeys.Auditor);

        using var response = await auditor.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal([field], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }
}
