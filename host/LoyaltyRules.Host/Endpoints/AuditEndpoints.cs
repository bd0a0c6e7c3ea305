using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Security;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>The auditor's routes: replay a customer's history and compare it with the record.</summary>
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
}
