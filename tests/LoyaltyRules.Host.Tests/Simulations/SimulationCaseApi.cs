using System.Net.Http.Json;
using System.Text.Json;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary><see cref="SimulationCase"/> recorded through the HTTP API, as client systems would record it.</summary>
internal static class SimulationCaseApi
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Records <see cref="SimulationCase"/>'s three customers through the API, under its recorded program activated from the beginning of time.</summary>
    public static async Task RecordAsync(HttpClient admin, HttpClient client)
    {
        using var stored = await admin.PostAsJsonAsync("/rulesets", new { fileName = "case.loyalty", source = SimulationCase.Recorded }, Cancellation);
        var version = (await stored.Content.ReadFromJsonAsync<JsonElement>(Cancellation)).GetProperty("version").GetString();
        using var activated = await admin.PostAsJsonAsync($"/rulesets/{version}/activation", new { effectiveFrom = DateTimeOffset.MinValue }, Cancellation);
        activated.EnsureSuccessStatusCode();

        await PostAsync(client, "/customers", new { customerId = "a", enrolledAt = SimulationCase.On(1, 5), segment = "retail" });
        await PurchaseAsync(client, "a", SimulationCase.On(1, 10), 500);
        await PurchaseAsync(client, "a", SimulationCase.On(2, 3), 1000);
        await PurchaseAsync(client, "a", SimulationCase.On(2, 10), 400);
        await PostAsync(client, "/customers/a/events", new { kind = "survey", occurredAt = SimulationCase.On(2, 15), idempotencyKey = "s1", nps = 9 });
        await PostAsync(client, "/customers/a/events", new { kind = "survey", occurredAt = SimulationCase.On(2, 16), idempotencyKey = "s2", nps = 6 });

        await PostAsync(client, "/customers", new { customerId = "b", enrolledAt = SimulationCase.On(2, 1), segment = "retail" });
        await PurchaseAsync(client, "b", SimulationCase.On(2, 5), 1600);
        var refunded = await PurchaseAsync(client, "b", SimulationCase.On(2, 8), 2000);
        await PostAsync(client, $"/customers/b/events/{refunded}/reversal", new { occurredAt = SimulationCase.On(2, 20), reason = "refund", idempotencyKey = "r1" });
        await PostAsync(client, "/customers/b/events", new { kind = "survey", occurredAt = SimulationCase.On(2, 21), idempotencyKey = "s3", nps = 10 });

        await PostAsync(client, "/customers", new { customerId = "c", enrolledAt = SimulationCase.On(1, 20), segment = "retail" });
        await PurchaseAsync(client, "c", SimulationCase.On(3, 5), 300);
    }

    private static Task<string> PurchaseAsync(HttpClient client, string customer, DateTimeOffset at, decimal amount) =>
        PostAsync(client, $"/customers/{customer}/events", new { kind = "purchase", occurredAt = at, idempotencyKey = $"{customer}-{at:MMdd}", amount, currency = "EUR", channel = "card" });

    private static async Task<string> PostAsync(HttpClient client, string path, object body)
    {
        using var response = await client.PostAsJsonAsync(path, body, Cancellation);
        var text = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.GetProperty("eventId").GetString()!;
    }

    public static HttpClient Client(LoyaltyHostFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
