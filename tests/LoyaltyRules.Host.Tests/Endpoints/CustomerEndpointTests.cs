using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>The customer routes through the real host and PostgreSQL, with the sample banking program the host activates at start-up.</summary>
public sealed class CustomerEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;
    private LoyaltyHostFactory? _factory;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new LoyaltyHostFactory(database.ConnectionString);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }

    private HttpClient Client(string key)
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static object Purchase(string key, decimal amount = 1234.50m, DateTimeOffset? at = null) =>
        new { kind = "purchase", occurredAt = at ?? Now.AddMinutes(-5), idempotencyKey = key, amount, currency = "EUR", channel = "card", category = "grocery" };

    private static async Task EnrolAsync(HttpClient client, string customerId)
    {
        using var response = await client.PostAsJsonAsync("/customers", new { customerId, enrolledAt = Now.AddDays(-30), segment = "retail" }, Cancellation);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, $"enrolment answered {response.StatusCode}");
    }

    [Fact]
    public async Task WalkThrough_EnrolPurchaseRetryReadReverseRedeem()
    {
        using var client = Client(TestKeys.Client);
        await EnrolAsync(client, "walk-1");

        using var posted = await client.PostAsJsonAsync("/customers/walk-1/events", Purchase("pos-1"), Cancellation);
        var recorded = await posted.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        Assert.Equal($"/customers/walk-1/events/{recorded!.EventId}", posted.Headers.Location?.ToString());
        var award = Assert.Single(recorded.Decisions, d => d.Type == "PointsAwarded");
        Assert.Equal(("Card spend earns 1 point per 10", "v1", 123), (award.Rule, award.RuleSetVersion, award.Data.GetProperty("points").GetInt32()));

        using var retried = await client.PostAsJsonAsync("/customers/walk-1/events", Purchase("pos-1"), Cancellation);
        var again = await retried.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.True(again!.Duplicate);
        Assert.Equal(recorded.Decisions.Select(d => d.Id), again.Decisions.Select(d => d.Id));

        var state = await client.GetFromJsonAsync<CustomerResponse>("/customers/walk-1", Cancellation);
        Assert.Equal((123L, "Classic"), (state!.AvailablePoints, state.Tier));

        var page = await client.GetFromJsonAsync<EventPageResponse>("/customers/walk-1/events?page=1&pageSize=2", Cancellation);
        Assert.Equal(2, page!.Events.Count);
        Assert.Equal("CustomerEnrolled", page.Events[0].Type);
        Assert.True(page.TotalEvents >= 3);

        using var tooMuch = await client.PostAsJsonAsync("/customers/walk-1/redemptions", new { points = 1000, reward = "voucher", occurredAt = Now.AddMinutes(-4), idempotencyKey = "r-1" }, Cancellation);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMuch.StatusCode);

        using var reversal = await client.PostAsJsonAsync($"/customers/walk-1/events/{recorded.EventId}/reversal", new { occurredAt = Now.AddMinutes(-3), reason = "refund", idempotencyKey = "refund-1" }, Cancellation);
        var reversed = await reversal.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation);
        Assert.Equal(HttpStatusCode.Created, reversal.StatusCode);
        Assert.Equal(123, Assert.Single(reversed!.Decisions, d => d.Type == "PointsDeducted").Data.GetProperty("points").GetInt32());
        Assert.Equal(0, (await client.GetFromJsonAsync<CustomerResponse>("/customers/walk-1", Cancellation))!.AvailablePoints);
    }

    [Fact]
    public async Task Unknown_CustomerOrEvent_Is404Problem()
    {
        using var client = Client(TestKeys.Client);
        await EnrolAsync(client, "known-1");

        using var state = await client.GetAsync("/customers/nobody", Cancellation);
        using var post = await client.PostAsJsonAsync("/customers/nobody/events", Purchase("k-1"), Cancellation);
        using var reversal = await client.PostAsJsonAsync("/customers/known-1/events/999/reversal", new { occurredAt = Now.AddMinutes(-1), idempotencyKey = "x-1" }, Cancellation);

        Assert.All([state, post, reversal], r => Assert.Equal(HttpStatusCode.NotFound, r.StatusCode));
        Assert.All([state, post, reversal], r => Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType));
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "{\"kind\": \"purchase\", \"amount\": ", "" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"NOW\", \"idempotencyKey\": \"k\", \"amount\": 10, \"currency\": \"EUR\"}", "occurredAt" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"amount\": \"ten\", \"currency\": \"EUR\"}", "amount" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"currency\": \"EUR\"}", "amount" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"amount\": -5, \"currency\": \"EUR\"}", "amount" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"amount\": 1e20, \"currency\": \"EUR\"}", "amount" },
        { "{\"kind\": \"teleport\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\"}", "kind" },
        { "{\"occurredAt\": \"$now\", \"idempotencyKey\": \"k\"}", "kind" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"amount\": 10, \"currency\": \"XYZ\"}", "currency" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"amount\": 10, \"currency\": \"eur\"}", "currency" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"2999-01-01T00:00:00Z\", \"idempotencyKey\": \"k\", \"amount\": 10, \"currency\": \"EUR\"}", "occurredAt" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"1970-01-01T00:00:00Z\", \"idempotencyKey\": \"k\", \"amount\": 10, \"currency\": \"EUR\"}", "occurredAt" },
        { "{\"kind\": \"purchase\", \"occurredAt\": \"$now\", \"amount\": 10, \"currency\": \"EUR\"}", "idempotencyKey" },
        { "{\"kind\": \"survey\", \"occurredAt\": \"$now\", \"idempotencyKey\": \"k\", \"nps\": 11}", "nps" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task PostEvent_BadInput_Is400ProblemNamingTheFieldAndRecordsNothing(string body, string field)
    {
        using var client = Client(TestKeys.Client);
        await EnrolAsync(client, "bad-input");
        var json = body.Replace("$now", Now.AddMinutes(-1).ToString("O"), StringComparison.Ordinal);
        var before = (await client.GetFromJsonAsync<EventPageResponse>("/customers/bad-input/events", Cancellation))!.TotalEvents;

        using var response = await client.PostAsync("/customers/bad-input/events", new StringContent(json, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.DoesNotContain("   at ", problem, StringComparison.Ordinal);
        if (field.Length > 0)
        {
            using var document = JsonDocument.Parse(problem);
            Assert.True(document.RootElement.GetProperty("errors").TryGetProperty(field, out _), problem);
        }

        var after = (await client.GetFromJsonAsync<EventPageResponse>("/customers/bad-input/events", Cancellation))!.TotalEvents;
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Roles_AuditorReadsButCannotWrite_NoKeyIs401()
    {
        using var client = Client(TestKeys.Client);
        await EnrolAsync(client, "roles-1");
        using var auditor = Client(TestKeys.Auditor);
        using var admin = Client(TestKeys.Admin);
        using var anonymous = _factory!.CreateClient();

        using var auditorRead = await auditor.GetAsync("/customers/roles-1", Cancellation);
        using var auditorWrite = await auditor.PostAsJsonAsync("/customers/roles-1/events", Purchase("a-1"), Cancellation);
        using var adminWrite = await admin.PostAsJsonAsync("/customers/roles-1/events", Purchase("a-2"), Cancellation);
        using var anonymousRead = await anonymous.GetAsync("/customers/roles-1", Cancellation);

        Assert.Equal(
            [HttpStatusCode.OK, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized],
            [auditorRead.StatusCode, auditorWrite.StatusCode, adminWrite.StatusCode, anonymousRead.StatusCode]);
    }

    [Fact]
    public async Task PostEvent_FiftyConcurrentDuplicates_OneSetOfDecisions()
    {
        using var client = Client(TestKeys.Client);
        await EnrolAsync(client, "dup-1");

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => client.PostAsJsonAsync("/customers/dup-1/events", Purchase("same-key"), Cancellation)));
        var bodies = await Task.WhenAll(responses.Select(r => r.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.Equal(49, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.All(bodies, b => Assert.Equal(bodies[0]!.Decisions.Select(d => d.Id), b!.Decisions.Select(d => d.Id)));
        Assert.Equal(123, (await client.GetFromJsonAsync<CustomerResponse>("/customers/dup-1", Cancellation))!.AvailablePoints);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
