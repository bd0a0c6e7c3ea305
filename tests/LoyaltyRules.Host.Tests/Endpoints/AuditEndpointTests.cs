using System.Net;
using System.Net.Http.Json;
using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>The auditor's routes through the real host: explanations, why-not and the replay of every customer.</summary>
public sealed class AuditEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>Enrols a customer and records a card purchase of 1,234.50 EUR; returns the purchase as recorded.</summary>
    private static async Task<RecordedResponse> RecordPurchaseAsync(LoyaltyHostFactory factory, string customerId)
    {
        var now = DateTimeOffset.UtcNow;
        using var client = Client(factory, TestKeys.Client);
        using var enrolled = await client.PostAsJsonAsync("/customers", new { customerId, enrolledAt = now.AddMinutes(-10), segment = "retail" }, Cancellation);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        using var posted = await client.PostAsJsonAsync(
            $"/customers/{customerId}/events",
            new { kind = "purchase", occurredAt = now.AddMinutes(-5), idempotencyKey = "pos-" + customerId, amount = 1234.50m, currency = "EUR", channel = "card", category = "grocery" },
            Cancellation);
        Assert.Equal(HttpStatusCode.Created, posted.StatusCode);
        return (await posted.Content.ReadFromJsonAsync<RecordedResponse>(Cancellation))!;
    }

    [Fact]
    public async Task ExplainDecision_RecordedAward_NamesRuleLineValuesAndSentence()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        var purchase = await RecordPurchaseAsync(factory, "A-1");
        var award = Assert.Single(purchase.Decisions);
        using var auditor = Client(factory, TestKeys.Auditor);

        var explained = (await auditor.GetFromJsonAsync<DecisionExplanationResponse>($"/audit/customers/A-1/decisions/{Uri.EscapeDataString(award.Id)}", Cancellation))!;

        Assert.Equal(
            "Awarded 123 points by 'Card spend earns 1 point per 10' (rule set v1, line 32) because it is a purchase, currency = \"EUR\", " +
            "channel = \"card\" (channel = \"card\") and amount >= card_threshold (amount = 1,234.5 EUR, card_threshold = 10 EUR).",
            explained.Sentence);
        Assert.Equal(("retail-banking.loyalty:32", "v1", true), (explained.Rule.Location, explained.RuleSetVersion, explained.Reproduced));
        Assert.Equal((purchase.EventId, "purchase"), (explained.Input.EventId, explained.Input.Kind));
        Assert.Equal(award.Id, explained.Decision.Id);
        Assert.Contains(explained.Conditions, c => c.Text == "amount >= card_threshold" && c.Held && c.Values.Any(v => v.Expression == "amount" && v.Value == "1,234.5 EUR"));
        Assert.Equal(["customer", "purchase"], explained.Matched.Select(m => m.Name));
    }

    [Fact]
    public async Task WhyNot_NamedRule_GivesTheFirstFailedConditionWithItsValues()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        var purchase = await RecordPurchaseAsync(factory, "A-2");
        using var auditor = Client(factory, TestKeys.Auditor);

        var answer = (await auditor.GetFromJsonAsync<WhyNotResponse>(
            $"/audit/customers/A-2/events/{purchase.EventId}/why-not?rule={Uri.EscapeDataString("Travel bonus for Gold and above")}", Cancellation))!;
        var everyRule = (await auditor.GetFromJsonAsync<WhyNotResponse>($"/audit/customers/A-2/events/{purchase.EventId}/why-not", Cancellation))!;

        var miss = Assert.Single(answer.Rules);
        Assert.False(miss.Fired);
        Assert.Equal("category in travel_categories (category = \"grocery\", travel_categories = [\"airline\", \"hotel\", \"car-rental\"])", miss.FailedCondition?.ToString());
        Assert.Equal("v1", answer.RuleSetVersion);
        Assert.DoesNotContain(everyRule.Rules, r => r.Rule.Name == "Card spend earns 1 point per 10");
        Assert.Contains(everyRule.Rules, r => r.Rule.Name == "Welcome call for new savers" && r.Sentence.Contains("runs on deposit inputs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/audit/customers/nobody/decisions/x%231", "Unknown customer")]
    [InlineData("/audit/customers/A-3/decisions/x%231", "has no decision 'x#1'")]
    [InlineData("/audit/customers/A-3/events/nothing/why-not", "has no input 'nothing'")]
    [InlineData("/audit/customers/A-3/events/{event}/why-not?rule=No%20such%20rule", "has no rule named 'No such rule'")]
    public async Task Explain_SomethingNotInTheRecord_Is404ProblemSayingWhat(string path, string expected)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        var purchase = await RecordPurchaseAsync(factory, "A-3-" + Guid.NewGuid().ToString("N"));
        using var auditor = Client(factory, TestKeys.Auditor);

        using var response = await auditor.GetAsync(path.Replace("A-3", purchase.CustomerId, StringComparison.Ordinal).Replace("{event}", purchase.EventId, StringComparison.Ordinal), Cancellation);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected.Replace("A-3", purchase.CustomerId, StringComparison.Ordinal), await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayAll_RecordedCustomers_AreIdentical()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        await RecordPurchaseAsync(factory, "R-1");
        using var auditor = Client(factory, TestKeys.Auditor);

        var page = (await auditor.GetFromJsonAsync<ReplayPage>("/audit/replay?limit=500", Cancellation))!;
        using var badLimit = await auditor.GetAsync("/audit/replay?limit=0", Cancellation);

        var replayed = Assert.Single(page.Customers, c => c.CustomerId == "R-1");
        Assert.True(replayed.Identical);
        Assert.Equal((2, 1), (replayed.Inputs, replayed.Entries[1].Decisions));
        Assert.Empty(replayed.Entries[1].Replayed);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("limit", await badLimit.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    private static HttpClient Client(LoyaltyHostFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
