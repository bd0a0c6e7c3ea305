using System.Net;
using System.Text;
using System.Text.Json;
using LoyaltyRules.Testing.Postgres;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoyaltyRules.Host.Tests.Endpoints;

/// <summary>The OpenAPI document describes every route the host maps, each with its responses; request-size limits hold.</summary>
public sealed class OpenApiTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenApi_ListsEveryMappedRoute_WithNameSummaryAndResponses()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", Cancellation));
        var paths = document.RootElement.GetProperty("paths");
        var routes = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>() is not null)
            .Where(e => !e.RoutePattern.RawText!.StartsWith("/openapi", StringComparison.Ordinal) && !e.RoutePattern.RawText!.StartsWith("/scalar", StringComparison.Ordinal))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()!.HttpMethods.Select(m => (Path: "/" + e.RoutePattern.RawText!.Trim('/'), Method: m.ToLowerInvariant())))
            .ToList();

        Assert.Contains(routes, r => r.Path == "/customers/{customerId}/events" && r.Method == "post");
        Assert.All(routes, route =>
        {
            Assert.True(paths.TryGetProperty(route.Path, out var path), $"{route.Method} {route.Path} is not in the OpenAPI document");
            var operation = path.GetProperty(route.Method);
            Assert.True(operation.TryGetProperty("operationId", out _), $"{route.Method} {route.Path} has no name");
            Assert.True(operation.TryGetProperty("summary", out _), $"{route.Method} {route.Path} has no summary");
            Assert.True(operation.GetProperty("responses").EnumerateObject().Count() >= 2, $"{route.Method} {route.Path} lists fewer than two responses");
            if (route.Path != "/health")
            {
                // Every route but the health check needs a key: a missing one is 401, a wrong role 403.
                Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{route.Method} {route.Path} does not list 401");
                Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _), $"{route.Method} {route.Path} does not list 403");
            }
        });
    }

    [Fact]
    public async Task PostEvent_OversizeBody_Is413Problem()
    {
        await using var factory = new LoyaltyHostFactory(database.ConnectionString);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TestKeys.Client);
        var body = "{\"kind\": \"purchase\", \"merchant\": \"" + new string('x', 200_000) + "\"}";

        using var response = await client.PostAsync("/customers/someone/events", new StringContent(body, Encoding.UTF8, "application/json"), Cancellation);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
