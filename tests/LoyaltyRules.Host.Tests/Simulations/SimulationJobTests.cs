using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Testing.Postgres;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>A simulation job's life on a database of its own: what a bad stream does to it.</summary>
public sealed class SimulationJobTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> FinishedAsync(HttpClient admin, Uri location)
    {
        for (var waited = 0; waited < 600; waited++)
        {
            var status = await admin.GetFromJsonAsync<JsonElement>(location, Cancellation);
            if (status.GetProperty("status").GetString() is "completed" or "failed")
            {
                return status;
            }

            await Task.Delay(100, Cancellation);
        }

        throw new TimeoutException("The simulation did not finish within a minute.");
    }

    [Fact]
    public async Task PostSimulation_OneMalformedStream_CompletesAndListsThatCustomerAsAFailure()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);
        using var client = SimulationCaseApi.Client(factory, TestKeys.Client);
        await SimulationCaseApi.RecordAsync(admin, client);
        var store = factory.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            // A decision before any input: no recording writes this, but a stream damaged by hand might hold it.
            session.Events.StartStream("broken",
                new PointsAwarded("0#1", "stray", "v1", "0", 10, "stray", null),
                new CustomerEnrolled("2", SimulationCase.On(1, 2), null, "retail", new Dictionary<string, string>()));
            await session.SaveChangesAsync(Cancellation);
        }

        using var posted = await admin.PostAsJsonAsync("/simulations", new { source = SimulationCase.Draft, from = "2026-02-01", to = "2026-02-28" }, Cancellation);
        var status = await FinishedAsync(admin, posted.Headers.Location!);

        Assert.True(status.GetProperty("status").GetString() == "completed", status.ToString());
        var report = status.GetProperty("report");
        Assert.Equal((4, 3, 1), (report.GetProperty("customersEnrolled").GetInt32(), report.GetProperty("customersSimulated").GetInt32(), report.GetProperty("customersFailed").GetInt32()));
        var failure = Assert.Single(report.GetProperty("failures").EnumerateArray());
        Assert.Equal("broken", failure.GetProperty("customerId").GetString());
        Assert.Contains("where an input was expected", failure.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(300, report.GetProperty("liability").GetProperty("change").GetInt64());
        Assert.Equal("[\"broken\"]", report.GetProperty("measures").GetProperty("unreadable").GetRawText());
    }
}
