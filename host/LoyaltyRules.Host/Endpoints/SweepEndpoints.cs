using System.ComponentModel.DataAnnotations;
using LoyaltyRules.Host.Security;
using LoyaltyRules.Host.Sweeps;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LoyaltyRules.Host.Endpoints;

/// <summary><c>POST /sweeps</c>: runs the time-based rules for a date (admin).</summary>
internal static class SweepEndpoints
{
    public static IEndpointRouteBuilder MapSweepEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/sweeps", RunSweepAsync)
            .RequireAuthorization(Roles.Admin)
            .WithName("RunSweep")
            .WithSummary("Run the time-based rules for a date")
            .WithDescription(
                "Evaluates birthdays, dormancy, offer and points expiry and tier reviews for every enrolled customer not yet swept " +
                "for the date, recording the sweep and its decisions in each affected customer's stream. Running a date again changes nothing. " +
                "The host also runs it every day by itself. Needs the admin role.")
            .WithTags("Sweeps")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    internal static async Task<Results<Ok<SweepReport>, ProblemHttpResult>> RunSweepAsync(SweepRequest request, SweepRunner runner, CancellationToken cancellationToken)
    {
        if (request.Date is not { } date)
        {
            return TypedResults.Problem(title: "The sweep needs a date", detail: "Send {\"date\": \"yyyy-MM-dd\"}: the date to evaluate the time-based rules for.", statusCode: StatusCodes.Status400BadRequest);
        }

        return TypedResults.Ok(await runner.RunAsync(date, cancellationToken).ConfigureAwait(false));
    }
}

/// <summary>The date to sweep.</summary>
/// <param name="Date">The date (yyyy-MM-dd) the time-based rules are evaluated for.</param>
internal sealed record SweepRequest([property: Required] DateOnly? Date);
