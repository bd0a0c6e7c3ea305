using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Security;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>The auditor's routes: replay histories and compare them with the record.</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/audit/customers/{customerId}/replay", ReplayAsync)
            .RequireAuthorization(Roles.Auditor)
            .WithName("ReplayCustomer")
            .WithSummary("Replay a customer's history against the record")
            .WithDescription(
                "Re-runs every recorded input, in order, with the rule-set version that was active at its time, and reports per input " +
                "whether the replay decided exactly what was recorded, with the differences. Writes nothing. Needs the auditor role.")
            .WithTags("Audit")
            .Produces<ReplayReport>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapGet("/audit/replay", ReplayAllAsync)
            .RequireAuthorization(Roles.Auditor)
            .WithName("ReplayAllCustomers")
            .WithSummary("Replay every customer's history, a page of customers at a time")
            .WithDescription(
                "Replays up to 'limit' customers (1 to 500, default 50) whose id comes after 'after' (omit it for the first page), in " +
                "customer-id order, each exactly as GET /audit/customers/{customerId}/replay does. 'next' is the 'after' of the following " +
                "page, null after the last. Writes nothing. Needs the auditor role.")
            .WithTags("Audit")
            .Produces<ReplayPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    internal static async Task<IResult> ReplayAsync(string customerId, CustomerReplayer replayer, CancellationToken cancellationToken)
    {
        try
        {
            return TypedResults.Ok(await replayer.ReplayAsync(customerId, cancellationToken).ConfigureAwait(false));
        }
        catch (CustomerNotFoundException ex)
        {
            return TypedResults.Problem(title: "Unknown customer", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }

    internal static async Task<IResult> ReplayAllAsync(CustomerReplayer replayer, CancellationToken cancellationToken, string? after = null, int limit = 50)
    {
        if (limit < 1 || limit > CustomerReplayer.MaxPageSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>(StringComparer.Ordinal)
            {
                ["limit"] = [$"'limit' must be from 1 to {CustomerReplayer.MaxPageSize}."],
            });
        }

        return TypedResults.Ok(await replayer.ReplayPageAsync(after, limit, cancellationToken).ConfigureAwait(false));
    }
}
