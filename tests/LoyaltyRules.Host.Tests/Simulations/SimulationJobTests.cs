using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.Simulations;
using LoyaltyRules.Testing.Postgres;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>A simulation job's life on a database of its own: what a bad stream does to it, and a job whose host died.</summary>
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

    private static SimulationJob Job(string id, string status, DateTimeOffset heartbeat) => new()
    {
        Id = id,
        Status = status,
        From = new DateOnly(2026, 2, 1),
        To = new DateOnly(2026, 2, 28),
        RequestedBy = "tests",
        RequestedAt = heartbeat,
        StartedAt = status == SimulationJob.Running ? heartbeat : null,
        HeartbeatAt = heartbeat,
        Draft = new DraftDescription("draft.loyalty", "Draft", "hash"),
    };

    private static async Task StoreAsync(IDocumentStore store, params SimulationJob[] jobs)
    {
        await using var session = store.LightweightSession();
        session.Store(jobs);
        await session.SaveChangesAsync(Cancellation);
    }

    [Fact]
    public async Task GetSimulation_RunningJobWhoseHostStoppedBeating_IsFailedWithTheReasonAndNoReportPage()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var admin = SimulationCaseApi.Client(factory, TestKeys.Admin);
        var now = DateTimeOffset.UtcNow;
        await StoreAsync(factory.Services.GetRequiredService<IDocumentStore>(),
            Job("sim-dead", SimulationJob.Running, now - TimeSpan.FromHours(1)), Job("sim-waiting", SimulationJob.Queued, now));

        var dead = await admin.GetFromJsonAsync<JsonElement>("/simulations/sim-dead", Cancellation);
        var waiting = await admin.GetFromJsonAsync<JsonElement>("/simulations/sim-waiting", Cancellation);
        using var page = await admin.GetAsync("/simulations/sim-dead/report.html", Cancellation);

        Assert.Equal("failed", dead.GetProperty("status").GetString());
        Assert.Contains("The host running this simulation stopped without finishing it", dead.GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, dead.GetProperty("reportHtml").ValueKind);
        Assert.Equal(("queued", JsonValueKind.Null), (waiting.GetProperty("status").GetString(), waiting.GetProperty("reportHtml").ValueKind));
        Assert.Equal(System.Net.HttpStatusCode.Conflict, page.StatusCode);
        var problem = await page.Content.ReadFromJsonAsync<JsonElement>(Cancellation);
        Assert.StartsWith("Simulation 'sim-dead' failed: The host running this simulation stopped", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_JobLeftQueuedByAHostThatDied_IsMarkedFailed()
    {
        IDocumentStore store;
        await using (var before = new LoyaltyHostFactory(database.ConnectionString))
        {
            store = before.Services.GetRequiredService<IDocumentStore>();
            await StoreAsync(store, Job("sim-orphan", SimulationJob.Queued, DateTimeOffset.UtcNow - TimeSpan.FromHours(2)));
        }

        await using var after = new LoyaltyHostFactory(database.ConnectionString);
        var fresh = after.Services.GetRequiredService<IDocumentStore>();
        SimulationJob? job = null;
        for (var waited = 0; waited < 100 && job?.Status != SimulationJob.Failed; waited++)
        {
            await Task.Delay(100, Cancellation);
            await using var query = fresh.QuerySession();
            job = await query.LoadAsync<SimulationJob>("sim-orphan", Cancellation);
        }

        Assert.Equal(SimulationJob.Failed, job?.Status);
        Assert.Contains("The host holding this simulation stopped without finishing it", job!.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Queue_Closed_AcceptsNothingMore()
    {
        var queue = new SimulationQueue();
        queue.Close();

        Assert.False(queue.TryEnqueue(new SimulationWork("sim-late", SimulationCase.February, null, 20, new DraftDescription("d", "d", "h"), SimulationCase.Compile(SimulationCase.Recorded))));
        Assert.Empty(queue.Waiting);
    }
}
