using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using LoyaltyRules.Host.Endpoints;
using LoyaltyRules.Testing.Postgres;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>
/// The rule-set routes through the real host on its own database (which starts with the sample as
/// v1): validation with positioned diagnostics, storing, activation and the timeline, and who may do what.
/// </summary>
public sealed class RuleSetEndpointTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    /// <summary>Compiles, with one warning: the constant is never used (line 3).</summary>
    private const string WithUnusedConstant = """
        program "Tiny"
        currency GBP
        const spare = 5

        rule "Welcome"
          when enrolment
          then award 100 points

        """;

    /// <summary>Does not compile: 'amont' is not an attribute of purchase events (line 5, column 23, 5 long).</summary>
    private const string WithUnknownAttribute = """
        program "Tiny"
        currency GBP

        rule "Big spender"
          when purchase where amont >= 5 GBP
          then award 10 points

        """;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    /// <summary>A valid program no other test stores (a unique comment changes its hash).</summary>
    private static string UniqueProgram() => $"# {Guid.NewGuid():N}\n" + WithUnusedConstant;

    [Fact]
    public async Task Validate_ValidFile_IsValidWithItsWarningPositioned()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Post, "/rulesets/validate", TestKeys.Admin, new { fileName = "tiny.loyalty", source = WithUnusedConstant });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ValidationResponse>(Cancellation);
        Assert.True(body!.Valid);
        var warning = Assert.Single(body.Diagnostics);
        Assert.Equal(new DiagnosticResponse("LR5006", "warning", "constant 'spare' is never used", 3, 7, 5), warning);
    }

    [Fact]
    public async Task Validate_InvalidFile_IsInvalidWithTheErrorPositioned_AndStoresNothing()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var before = await ListAsync(client);

        using var response = await SendAsync(client, HttpMethod.Post, "/rulesets/validate", TestKeys.Admin, new { fileName = "tiny.loyalty", source = WithUnknownAttribute });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ValidationResponse>(Cancellation);
        Assert.False(body!.Valid);
        var error = Assert.Single(body.Diagnostics);
        Assert.Equal(("LR3001", "error", 5, 23, 5), (error.Code, error.Severity, error.Line, error.Column, error.Length));
        Assert.Contains("amont", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Versions.Count, (await ListAsync(client)).Versions.Count);
    }

    [Fact]
    public async Task Store_NewText_Is201WithLocation_AndTheSameTextAgainIs200NotCreated()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var source = UniqueProgram();

        using var first = await SendAsync(client, HttpMethod.Post, "/rulesets", TestKeys.Admin, new { fileName = "tiny.loyalty", source });
        using var again = await SendAsync(client, HttpMethod.Post, "/rulesets", TestKeys.Admin, new { fileName = "tiny.loyalty", source });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var created = await first.Content.ReadFromJsonAsync<RuleSetUploadResponse>(Cancellation);
        Assert.True(created!.Created);
        Assert.True(created.Number > 1);
        Assert.Equal("v" + created.Number, created.Version);
        Assert.Equal("/rulesets/" + created.Version, first.Headers.Location?.OriginalString);
        Assert.Equal("Tiny", created.Name);
        Assert.Equal("tiny.loyalty", created.FileName);
        Assert.Equal("tests admin", created.Author);
        Assert.Equal(64, created.ContentHash.Length);
        Assert.Equal("LR5006", Assert.Single(created.Warnings).Code);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var existing = await again.Content.ReadFromJsonAsync<RuleSetUploadResponse>(Cancellation);
        Assert.Equal(created with { Created = false }, existing! with { Warnings = created.Warnings });
        Assert.False(existing.Created);

        using var read = await SendAsync(client, HttpMethod.Get, created.Version, TestKeys.Auditor);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        var detail = await read.Content.ReadFromJsonAsync<RuleSetDetailResponse>(Cancellation);
        Assert.Equal(source, detail!.Source);
        Assert.Equal((created.Version, created.ContentHash, "tests admin", false), (detail.Version, detail.ContentHash, detail.Author, detail.Active));
    }

    [Fact]
    public async Task Store_InvalidText_Is422ProblemWithPositionedDiagnostics()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Post, "/rulesets", TestKeys.Admin, new { fileName = "tiny.loyalty", source = WithUnknownAttribute });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        var diagnostic = Assert.Single(problem.RootElement.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("LR3001", diagnostic.GetProperty("code").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal(5, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(23, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(5, diagnostic.GetProperty("length").GetInt32());
        Assert.Contains("amont", diagnostic.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Activate_NowAndInTheFuture_ShowsInTheTimeline()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var now = await StoreAsync(client, UniqueProgram());
        var later = await StoreAsync(client, UniqueProgram());
        var effective = new DateTimeOffset(2098, 12, 1, 0, 0, 0, TimeSpan.Zero);

        using var activateNow = await SendAsync(client, HttpMethod.Post, $"/rulesets/{now.Version}/activation", TestKeys.Admin);
        using var schedule = await SendAsync(client, HttpMethod.Post, $"/rulesets/{later.Number}/activation", TestKeys.Admin, new { effectiveFrom = "2098-12-01T00:00:00Z" });

        Assert.Equal(HttpStatusCode.OK, activateNow.StatusCode);
        var activated = await activateNow.Content.ReadFromJsonAsync<ActivationResponse>(Cancellation);
        Assert.Equal(now.Version, activated!.Version);
        Assert.Equal("tests admin", activated.ActivatedBy);
        Assert.Equal(activated.ActivatedAt, activated.EffectiveFrom);
        Assert.InRange(activated.ActivatedAt, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));

        Assert.Equal(HttpStatusCode.OK, schedule.StatusCode);
        var scheduled = await schedule.Content.ReadFromJsonAsync<ActivationResponse>(Cancellation);
        Assert.Equal((later.Version, effective), (scheduled!.Version, scheduled.EffectiveFrom));

        var list = await ListAsync(client);
        Assert.Equal(now.Version, list.Active);
        Assert.Equal("superseded", Assert.Single(list.Timeline, e => e.Version == "v1").Status);
        Assert.Equal("active", Assert.Single(list.Timeline, e => e.Version == now.Version).Status);
        var future = Assert.Single(list.Timeline, e => e.Version == later.Version);
        Assert.Equal(("scheduled", effective), (future.Status, future.EffectiveFrom));
        Assert.Equal(list.Timeline.OrderBy(e => e.EffectiveFrom).Select(e => e.Version), list.Timeline.Select(e => e.Version));
        Assert.True(Assert.Single(list.Versions, v => v.Version == now.Version).Active);
        Assert.False(Assert.Single(list.Versions, v => v.Version == later.Version).Active);
        Assert.Equal(Enumerable.Range(1, list.Versions.Count), list.Versions.Select(v => v.Number));
    }

    [Fact]
    public async Task Activate_WithEmptyObject_IsEffectiveNow()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        var stored = await StoreAsync(client, UniqueProgram());

        using var response = await SendAsync(client, HttpMethod.Post, $"/rulesets/{stored.Version}/activation", TestKeys.Admin, new { });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var activated = await response.Content.ReadFromJsonAsync<ActivationResponse>(Cancellation);
        Assert.Equal(activated!.ActivatedAt, activated.EffectiveFrom);
        Assert.Equal(stored.Version, (await ListAsync(client)).Active);
    }

    [Theory]
    [InlineData("GET", "/rulesets/v999")]
    [InlineData("GET", "/rulesets/banana")]
    [InlineData("GET", "/rulesets/v0")]
    [InlineData("POST", "/rulesets/v999/activation")]
    [InlineData("POST", "/rulesets/banana/activation")]
    public async Task UnknownVersion_Is404Problem(string method, string path)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, new HttpMethod(method), path, TestKeys.Admin, method == "POST" ? new { } : null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Get_Version1_IsTheBootstrappedSampleWithItsSource()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Get, "/rulesets/1", TestKeys.Auditor);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var detail = await response.Content.ReadFromJsonAsync<RuleSetDetailResponse>(Cancellation);
        Assert.Equal(("v1", 1, "host start-up"), (detail!.Version, detail.Number, detail.Author));
        Assert.StartsWith("#", detail.Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rulesets/validate")]
    [InlineData("/rulesets")]
    public async Task Post_WithoutSource_Is400ProblemNamingTheField(string path)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, HttpMethod.Post, path, TestKeys.Admin, new { fileName = "tiny.loyalty" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'source'", await response.Content.ReadAsStringAsync(Cancellation), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/rulesets/validate")]
    [InlineData("/rulesets")]
    [InlineData("/rulesets/v1/activation")]
    public async Task Post_MalformedJson_Is400Problem(string path)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent("{\"source\": ", Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", TestKeys.Admin);

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/rulesets/validate", "{\"source\": 42}", "source")]
    [InlineData("/rulesets", "{\"fileName\": \"x.loyalty\", \"source\": [\"a\"]}", "source")]
    [InlineData("/rulesets", "{\"fileName\": 7, \"source\": \"program \\\"x\\\"\"}", "fileName")]
    [InlineData("/rulesets/v1/activation", "{\"effectiveFrom\": \"tomorrow\"}", "effectiveFrom")]
    public async Task Post_FieldOfTheWrongType_Is400ProblemNamingTheField(string path, string json, string field)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Api-Key", TestKeys.Admin);

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));
        Assert.Equal(field, problem.RootElement.GetProperty("field").GetString());
        Assert.Contains($"'{field}'", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_NotJson_Is415Problem()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/rulesets/validate") { Content = new StringContent(WithUnusedConstant, Encoding.UTF8, "text/plain") };
        request.Headers.Add("X-Api-Key", TestKeys.Admin);

        using var response = await client.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("POST", "/rulesets/validate", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/rulesets/validate", TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/rulesets/validate", TestKeys.Auditor, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/rulesets/validate", TestKeys.Admin, HttpStatusCode.OK)]
    [InlineData("POST", "/rulesets", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/rulesets", TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/rulesets", TestKeys.Auditor, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/rulesets/v1/activation", null, HttpStatusCode.Unauthorized)]
    [InlineData("POST", "/rulesets/v1/activation", TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData("POST", "/rulesets/v1/activation", TestKeys.Auditor, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/rulesets", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/rulesets", TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/rulesets", TestKeys.Auditor, HttpStatusCode.OK)]
    [InlineData("GET", "/rulesets", TestKeys.Admin, HttpStatusCode.OK)]
    [InlineData("GET", "/rulesets/v1", null, HttpStatusCode.Unauthorized)]
    [InlineData("GET", "/rulesets/v1", TestKeys.Client, HttpStatusCode.Forbidden)]
    [InlineData("GET", "/rulesets/v1", TestKeys.Auditor, HttpStatusCode.OK)]
    [InlineData("GET", "/rulesets/v1", TestKeys.Admin, HttpStatusCode.OK)]
    public async Task Routes_ByKey_AdminsWrite_AdminsAndAuditorsRead(string method, string path, string? key, HttpStatusCode expected)
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var response = await SendAsync(client, new HttpMethod(method), path, key, method == "POST" ? new { source = WithUnusedConstant } : null);

        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task OpenApi_DescribesEveryRoute_WithItsRequestBody()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Cancellation));

        var paths = document.RootElement.GetProperty("paths");
        Assert.Equal("ValidateRuleSet", paths.GetProperty("/rulesets/validate").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("StoreRuleSet", paths.GetProperty("/rulesets").GetProperty("post").GetProperty("operationId").GetString());
        Assert.Equal("ListRuleSets", paths.GetProperty("/rulesets").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("GetRuleSet", paths.GetProperty("/rulesets/{version}").GetProperty("get").GetProperty("operationId").GetString());
        Assert.Equal("ActivateRuleSet", paths.GetProperty("/rulesets/{version}/activation").GetProperty("post").GetProperty("operationId").GetString());
        Assert.True(paths.GetProperty("/rulesets").GetProperty("post").GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.True(paths.GetProperty("/rulesets").GetProperty("post").GetProperty("responses").TryGetProperty("422", out _));
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, string? key, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path.StartsWith('/') ? path : "/rulesets/" + path);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await client.SendAsync(request, Cancellation);
    }

    private static async Task<RuleSetUploadResponse> StoreAsync(HttpClient client, string source)
    {
        using var response = await SendAsync(client, HttpMethod.Post, "/rulesets", TestKeys.Admin, new { fileName = "tiny.loyalty", source });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RuleSetUploadResponse>(Cancellation))!;
    }

    private static async Task<RuleSetListResponse> ListAsync(HttpClient client)
    {
        using var response = await SendAsync(client, HttpMethod.Get, "/rulesets", TestKeys.Admin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<RuleSetListResponse>(Cancellation))!;
    }
}
