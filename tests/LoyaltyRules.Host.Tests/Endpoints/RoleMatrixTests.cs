using System.Net;
using System.Text;
using LoyaltyRules.Testing.Postgres;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>One host on a database of its own for the role matrix, shared by its cases.</summary>
public sealed class RoleMatrixHost(PostgresServer server) : IAsyncLifetime
{
    private TestDatabase? _database;

    /// <summary>The host.</summary>
    public LoyaltyHostFactory Factory { get; private set; } = null!;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("roles", TestContext.Current.CancellationToken);
        Factory = new LoyaltyHostFactory(_database.ConnectionString);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Factory is not null)
        {
            await Factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}

/// <summary>
/// Every route × {no key, admin, client, auditor}: no key is 401 (except the open routes), a role the
/// route does not allow is 403, an allowed role gets past authorization. The table must cover every
/// route the host maps, so a new route without a row fails.
/// </summary>
public sealed class RoleMatrixTests(RoleMatrixHost host) : IClassFixture<RoleMatrixHost>
{
    private const string None = "none";
    private const string Admin = "admin";
    private const string Client = "client";
    private const string Auditor = "auditor";

    /// <summary>The routes, each with the roles that may use it; open routes need no key.</summary>
    private static readonly IReadOnlyList<Route> Routes =
    [
        new("POST", "/rulesets/validate", [Admin]),
        new("POST", "/rulesets", [Admin]),
        new("POST", "/rulesets/{version}/activation", [Admin]),
        new("GET", "/rulesets", [Admin, Auditor]),
        new("GET", "/rulesets/{version}", [Admin, Auditor]),
        new("POST", "/sweeps", [Admin]),
        new("POST", "/customers", [Client]),
        new("GET", "/customers/{customerId}", [Client, Auditor]),
        new("GET", "/customers/{customerId}/events", [Client, Auditor]),
        new("POST", "/customers/{customerId}/events", [Client]),
        new("POST", "/customers/{customerId}/events/{eventId}/reversal", [Client]),
        new("POST", "/customers/{customerId}/redemptions", [Client]),
        new("GET", "/audit/customers/{customerId}/replay", [Auditor]),
        new("GET", "/audit/replay", [Auditor]),
        new("GET", "/audit/customers/{customerId}/decisions/{decisionId}", [Auditor]),
        new("GET", "/audit/customers/{customerId}/events/{eventId}/why-not", [Auditor]),
        new("POST", "/simulations", [Admin]),
        new("GET", "/simulations/{id}", [Admin]),
        new("GET", "/simulations/{id}/report.html", [Admin]),
        new("GET", "/measures", [Admin, Auditor]),
        new("GET", "/health", [], Open: true),
        new("GET", "/openapi/v1.json", [], Open: true),
    ];

    private static readonly IReadOnlyDictionary<string, string?> Keys = new Dictionary<string, string?>
    {
        [None] = null,
        [Admin] = TestKeys.Admin,
        [Client] = TestKeys.Client,
        [Auditor] = TestKeys.Auditor,
    };

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public static TheoryData<string, string, string> Matrix
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var route in Routes)
            {
                foreach (var role in Keys.Keys)
                {
                    data.Add(route.Method, route.Pattern, role);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Route_ByRole_AnswersTheExpectedStatusClass(string method, string pattern, string role)
    {
        var route = Routes.Single(r => r.Method == method && r.Pattern == pattern);
        using var client = host.Factory.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), PathFor(route, role));
        if (method == "POST")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        if (Keys[role] is { } key)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request, Cancellation);
        var status = response.StatusCode;
        var said = $"{method} {request.RequestUri} as {role} answered {(int)status}: {await response.Content.ReadAsStringAsync(Cancellation)}";
        TestContext.Current.TestOutputHelper?.WriteLine(said);

        if (route.Open)
        {
            Assert.True(
                pattern == "/health" ? status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable : status == HttpStatusCode.OK,
                said);
        }
        else if (role == None)
        {
            Assert.True(status == HttpStatusCode.Unauthorized, said);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else if (!route.Roles.Contains(role))
        {
            Assert.True(status == HttpStatusCode.Forbidden, said);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        else
        {
            Assert.True(status is not (HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden), said);
            Assert.True((int)status < 500, said);
        }
    }

    [Fact]
    public void Matrix_CoversEveryMappedRoute()
    {
        var mapped = host.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods.Select(m => $"{m.ToUpperInvariant()} /{e.RoutePattern.RawText!.Trim('/')}"))
            .Where(r => !IsExcluded(r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..]))
            .Order(StringComparer.Ordinal)
            .ToList();
        var table = Routes.Where(r => !r.Open).Select(r => $"{r.Method} {r.Pattern}").Order(StringComparer.Ordinal).ToList();

        Assert.Contains("POST /customers/{customerId}/events", mapped);
        Assert.Equal(table, mapped);
    }

    private static bool IsExcluded(string path) =>
        path.StartsWith("/openapi", StringComparison.Ordinal) || path.StartsWith("/scalar", StringComparison.Ordinal) || path == "/health";

    /// <summary>A concrete path: a customer id of the case's own, event 1, a version that does not exist.</summary>
    private static string PathFor(Route route, string role) =>
        route.Pattern
            .Replace("{customerId}", $"matrix-{Routes.ToList().IndexOf(route)}-{role}", StringComparison.Ordinal)
            .Replace("{eventId}", "1", StringComparison.Ordinal)
            .Replace("{decisionId}", "1%231", StringComparison.Ordinal)
            .Replace("{version}", "v999", StringComparison.Ordinal)
            .Replace("{id}", "sim-unknown", StringComparison.Ordinal);

    private sealed record Route(string Method, string Pattern, IReadOnlyList<string> Roles, bool Open = false);
}
