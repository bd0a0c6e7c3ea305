using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Host.Sweeps;
using LoyaltyRules.Testing;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>
/// docs/api.md's walk-through, step by step, through the real host on a database of its own
/// (which starts with the banking sample as v1): enrol, purchase, read the state, refuse a rule
/// file with errors, store and schedule the store sample, run a sweep.
/// </summary>
public sealed class ApiWalkThroughTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>The rule file with an error from docs/api.md, verbatim.</summary>
    private const string BadRuleFileBody = "{\"fileName\": \"bad.loyalty\", \"source\": \"program \\\"x\\\"\\nrule \\\"r\\\"\\n  when purchase where amout > 10\\n  then award 5 points\"}";

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WalkThrough_AsDocumented()
    {
        var now = DateTimeOffset.UtcNow;
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = Client(factory, TestKeys.Client);
        using var admin = Client(factory, TestKeys.Admin);

        // Enrol a customer.
        using var enrolled = await client.PostAsJsonAsync(
            "/customers", new { customerId = "C-1001", enrolledAt = now.AddMinutes(-10), birthDate = "1985-07-20", segment = "retail" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var enrolment = (await enrolled.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation))!;
        Assert.Equal(("C-1001", "enrolment", "v1", false), (enrolment.CustomerId, enrolment.Kind, enrolment.RuleSetVersion, enrolment.Duplicate));
        Assert.Empty(enrolment.Decisions);

        // Post a purchase.
        using var posted = await client.PostAsJsonAsync(
            "/customers/C-1001/events",
            new { kind = "purchase", occurredAt = now.AddMinutes(-5), idempotencyKey = "pos-0001", amount = 1234.50m, currency = "EUR", channel = "card", category = "grocery" },
            Cancellation);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        var purchase = (await posted.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation))!;
        Assert.Equal($"/customers/C-1001/events/{purchase.EventId}", posted.Headers.Location?.OriginalString);
        Assert.Equal(("purchase", "v1", false), (purchase.Kind, purchase.RuleSetVersion, purchase.Duplicate));
        var award = Assert.Single(purchase.Decisions);
        Assert.Equal(("PointsAwarded", "Card spend earns 1 point per 10", "v1", purchase.EventId), (award.Type, award.Rule, award.RuleSetVersion, award.CausedBy));
        Assert.Equal(123, award.Data.GetProperty("points").GetInt32());

        // Read the state.
        var state = (await client.GetFromJsonAsync<CustomerResponse>("/customers/C-1001", Cancellation))!;
        Assert.Equal(("C-1001", "retail", 123L, 0L, 123L, "Classic", 0), (state.CustomerId, state.Segment, state.AvailablePoints, state.PendingPoints, state.LifetimePoints, state.Tier, state.TierLevel));
        var history = (await client.GetFromJsonAsync<EventPageResponse>("/customers/C-1001/events?page=1&pageSize=100", Cancellation))!;
        Assert.Equal("CustomerEnrolled", history.Events[0].Type);
        Assert.Equal(history.TotalEvents, history.Events.Count);

        // A rule file with errors is refused with positioned diagnostics, and nothing is stored.
        using var refused = await admin.PostAsync("/rulesets", new StringContent(BadRuleFileBody, System.Text.Encoding.UTF8, "application/json"), Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync(Cancellation)))
        {
            var root = problem.RootElement;
            Assert.Equal("https://tools.ietf.org/html/rfc4918#section-11.2", root.GetProperty("type").GetString());
            Assert.Equal("The rule file does not compile", root.GetProperty("title").GetString());
            Assert.Equal(422, root.GetProperty("status").GetInt32());
            Assert.Equal("'bad.loyalty' has 1 error(s); nothing was stored. See 'diagnostics'.", root.GetProperty("detail").GetString());
            var diagnostic = Assert.Single(root.GetProperty("diagnostics").EnumerateArray());
            Assert.Equal(
                ("LR3001", "error", "unknown attribute 'amout' of purchase events; did you mean 'amount'?", 3, 23, 5),
                (diagnostic.GetProperty("code").GetString(), diagnostic.GetProperty("severity").GetString(), diagnostic.GetProperty("message").GetString(),
                 diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.GetProperty("length").GetInt32()));
        }

        Assert.Equal(["v1"], (await ListAsync(admin)).Versions.Select(v => v.Version));

        // A file that compiles is stored as the next version.
        var storeSource = await File.ReadAllTextAsync(Path.Combine(RepositoryLayout.PathOf("rules"), "retail-store.loyalty"), Cancellation);
        using var stored = await admin.PostAsJsonAsync("/rulesets", new { fileName = "retail-store.loyalty", source = storeSource }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
        Assert.Equal("/rulesets/v2", stored.Headers.Location?.OriginalString);
        var upload = (await stored.Content.ReadFromJsonAsync<RuleSetUploadResponse>(Cancellation))!;
        Assert.Equal(("v2", 2, "Green Grocer Rewards", "retail-store.loyalty", true), (upload.Version, upload.Number, upload.Name, upload.FileName, upload.Created));
        Assert.Empty(upload.Warnings);

        // Activate it from an instant in the future: it is scheduled, v1 stays active.
        var effectiveFrom = new DateTimeOffset(now.UtcDateTime.Date.AddYears(1), TimeSpan.Zero);
        using var activation = await admin.PostAsJsonAsync("/rulesets/v2/activation", new { effectiveFrom }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, activation.StatusCode);
        var activated = (await activation.Content.ReadFromJsonAsync<ActivationResponse>(Cancellation))!;
        Assert.Equal(("v2", effectiveFrom, "tests admin"), (activated.Version, activated.EffectiveFrom, activated.ActivatedBy));

        var list = await ListAsync(admin);
        Assert.Equal("v1", list.Active);
        Assert.Equal(["v1", "v2"], list.Versions.Select(v => v.Version));
        var scheduled = Assert.Single(list.Timeline, e => e.Version == "v2");
        Assert.Equal(("scheduled", effectiveFrom), (scheduled.Status, scheduled.EffectiveFrom));
        Assert.Equal("active", Assert.Single(list.Timeline, e => e.Version == "v1").Status);

        // Run a sweep for today.
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        using var swept = await admin.PostAsJsonAsync("/sweeps", new { date = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }, Cancellation);
        Assert.Equal(HttpStatusCode.OK, swept.StatusCode);
        var report = (await swept.Content.ReadFromJsonAsync<SweepReport>(Cancellation))!;
        Assert.Equal(today, report.Date);
        Assert.True(report.Candidates >= 1, $"the sweep saw {report.Candidates} candidates");
        Assert.Empty(report.Failures);
    }

    private static HttpClient Client(LoyaltyHostFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static async Task<RuleSetListResponse> ListAsync(HttpClient admin)
    {
        using var response = await admin.GetAsync("/rulesets", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RuleSetListResponse>(Cancellation))!;
    }
}
