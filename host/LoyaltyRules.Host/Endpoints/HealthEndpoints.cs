using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LoyaltyRules.Host.Endpoints;

/// <summary><c>GET /health</c>: 200 when every dependency answers, 503 otherwise, with a report either way.</summary>
internal static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", GetHealthAsync)
            .WithName("GetHealth")
            .WithSummary("Health of the host and its PostgreSQL database")
            .WithDescription("200 with status Healthy when PostgreSQL answers; 503 with status Unhealthy and the reason otherwise. Needs no API key.")
            .WithTags("Health")
            .Produces<HealthReportResponse>(StatusCodes.Status503ServiceUnavailable);
        return app;
    }

    internal static async Task<Results<Ok<HealthReportResponse>, JsonHttpResult<HealthReportResponse>>> GetHealthAsync(
        HealthCheckService healthChecks, CancellationToken cancellationToken)
    {
        var report = await healthChecks.CheckHealthAsync(cancellationToken).ConfigureAwait(false);
        var response = new HealthReportResponse(
            report.Status.ToString(),
            report.Entries.ToDictionary(
                entry => entry.Key,
                entry => new HealthEntryResponse(entry.Value.Status.ToString(), entry.Value.Description)));
        return report.Status == HealthStatus.Healthy
            ? TypedResults.Ok(response)
            : TypedResults.Json(response, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
