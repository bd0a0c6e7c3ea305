using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary><c>/simulations</c> through the real host: a job (202, Location, progress, report), its HTML page, and problem details for bad requests.</summary>
public sealed class SimulationEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> CompletedAsync(HttpClient admin, Uri location)
    {
        var progress = new List<string>();
        for (var waited = 0; waited < 600; waited++)
        {
            var status = await admin.GetFromJsonAsync<JsonElement>(location, Cancellation);
            progress.Add($"{status.GetProperty("status").GetString()} {status.GetProperty("progress").GetProperty("customersDone").GetInt32()}/{status.GetProperty("progress").GetProperty("customersTotal").GetInt32()}");
            if (status.GetProperty("status").GetString() is "completed" or "failed")
            {
                Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());
                return status;
            }

            await Task.Delay(100, Cancellation);
        }

        throw new TimeoutException("The simulation did not complete within a minute: " + string.Join(", ", progress));
    }

    [Fact]
    public async Task PostSimulation_RecordedCase_RunsAsAJobAndReportsTheHandComputedFigures()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);
        using var client = SimulationCaseApi.Client(factory, TestKeys.Client);
        await SimulationCaseApi.RecordAsync(admin, client);

        using var posted = await admin.PostAsJsonAsync("/simulations", new { fileName = "richer.loyalty", source = SimulationCase.Draft, from = "2026-02-01", to = "2026-02-28" }, Cancellation);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var location = posted.Headers.Location!;
        Assert.StartsWith("/simulations/sim-", location.OriginalString, StringComparison.Ordinal);
        var accepted = await posted.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("Simulation tests, richer", accepted.GetProperty("draft").GetProperty("program").GetString());

        var status = await CompletedAsync(admin, location);
        Assert.Equal((3, 3), (status.GetProperty("progress").GetProperty("customersDone").GetInt32(), status.GetProperty("progress").GetProperty("customersTotal").GetInt32()));
        var report = status.GetProperty("report");
        Assert.Equal((350, 650, 300), (report.GetProperty("liability").GetProperty("recorded").GetInt64(), report.GetProperty("liability").GetProperty("draft").GetInt64(), report.GetProperty("liability").GetProperty("change").GetInt64()));
        Assert.Equal("[[1,1],[0,1]]", report.GetProperty("tierMigration").GetProperty("counts").GetRawText());
        Assert.Equal("[\"Classic\",\"Silver\"]", report.GetProperty("tierMigration").GetProperty("recordedTiers").GetRawText());
        Assert.Equal("[\"Classic\",\"Silver\"]", report.GetProperty("tierMigration").GetProperty("draftTiers").GetRawText());
        Assert.Equal("b", report.GetProperty("mostAffected")[0].GetProperty("customerId").GetString());
        var measures = report.GetProperty("measures");
        Assert.Equal(0m, measures.GetProperty("nps").GetProperty("score").GetDecimal());
        Assert.Equal(0.5m, measures.GetProperty("retention").GetProperty("rate").GetDecimal());

        using var html = await admin.GetAsync(status.GetProperty("reportHtml").GetString(), Cancellation);
        var page = await html.Content.ReadAsStringAsync(Cancellation);
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'none'", html.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("Tier migration", page, StringComparison.Ordinal);
        Assert.Equal(2, page.Split("<svg", StringSplitOptions.None).Length - 1);
        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", page.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var sampled = await admin.PostAsJsonAsync("/simulations", new { source = SimulationCase.Draft, from = "2026-02-01", to = "2026-02-28", sample = 1 }, Cancellation);
        var sample = (await CompletedAsync(admin, sampled.Headers.Location!)).GetProperty("report");
        Assert.Equal((3, 1, 1), (sample.GetProperty("customersEnrolled").GetInt32(), sample.GetProperty("sample").GetInt32(), sample.GetProperty("customersSimulated").GetInt32()));
    }

    [Fact]
    public async Task PostSimulation_DraftWithErrors_Is422WithPositionedDiagnostics()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);
        var source = "program \"x\"\nrule \"r\"\n  when purchase where amout > 10\n  then award 5 points";

        using var response = await admin.PostAsJsonAsync("/simulations", new { fileName = "bad.loyalty", source, from = "2026-02-01", to = "2026-02-28" }, Cancellation);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.Equal("'bad.loyalty' has 1 error(s); nothing was simulated. See 'diagnostics'.", problem.GetProperty("detail").GetString());
        var diagnostic = problem.GetProperty("diagnostics")[0];
        Assert.Equal(("LR3001", 3, 23, 5), (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("length").GetInt32()));
    }

    [Theory]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"2026-03-01\", \"to\": \"2026-02-01\"}", "to")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"to\": \"2026-02-01\"}", "from")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"2026-02-01\"}", "to")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\", \"sample\": 0}", "sample")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"2026-02-01\", \"to\": \"2026-02-28\", \"top\": 1000}", "top")]
    [InlineData("{\"from\": \"2026-02-01\", \"to\": \"2026-02-28\"}", "source")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"first of May\", \"to\": \"2026-02-28\"}", "from")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"0001-01-01\", \"to\": \"0001-01-31\"}", "from")]
    [InlineData("{\"source\": \"program \\\"p\\\"\", \"from\": \"9999-12-01\", \"to\": \"9999-12-31\"}", "to")]
    public async Task PostSimulation_BadRequest_Is400NamingTheField(string body, string field)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);

        using var response = await admin.PostAsync("/simulations", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        var named = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [problem.GetProperty("field").GetString()!];
        Assert.Equal([field], named);
    }

    [Theory]
    [InlineData("/simulations/sim-unknown")]
    [InlineData("/simulations/sim-unknown/report.html")]
    public async Task GetSimulation_Unknown_Is404Problem(string path)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);

        using var response = await admin.GetAsync(path, Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
