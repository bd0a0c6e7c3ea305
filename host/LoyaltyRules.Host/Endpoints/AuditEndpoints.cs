using LoyaltyRules.Host.Audit;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.Security;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>The auditor's routes: replay histories against the record, explain decisions and the rules that did not fire.</summary>
internal static class AuditEndpoints
{
    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        var audit = app.MapGroup("/audit").RequireAuthorization(Roles.Auditor).WithTags("Audit")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        audit.MapGet("/customers/{customerId}/replay", ReplayAsync)
            .Described(
                "ReplayCustomer",
                "Replay a customer's history against the record",
                "Re-runs every recorded input, in order, with the rule-set version that was active at its time, and reports per input " +
                "whether the replay decided exactly what was recorded, with the differences.")
            .Produces<ReplayReport>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        audit.MapGet("/replay", ReplayAllAsync)
            .Described(
                "ReplayAllCustomers",
                "Replay every customer's history, a page of customers at a time",
                "Replays up to 'limit' customers (1 to 500, default 50) whose id comes after 'after' (omit it for the first page), in " +
                "customer-id order, each exactly as GET /audit/customers/{customerId}/replay does. 'next' is the 'after' of the following " +
                "page, null after the last.")
            .Produces<ReplayPage>()
            .ProducesValidationProblem();
        audit.MapGet("/customers/{customerId}/decisions/{decisionId}", ExplainDecisionAsync)
            .Described(
                "ExplainDecision",
                "Explain a recorded decision",
                "Why the decision was made: the rule (name, and file:line in the source of the rule-set version that decided), the input, " +
                "the facts matched, each condition with the values it saw, and a sentence a person can read. Built-in decisions (tier " +
                "qualification and review, reversals, points expiry) name the tier's line and condition or the reason. Decision ids contain " +
                "'#': write it %23 in the path. 'reproduced' is false when evaluating the input again does not give the decision back " +
                "(the replay shows where the record and the rules part).")
            .Produces<DecisionExplanationResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        audit.MapGet("/customers/{customerId}/events/{eventId}/why-not", WhyNotAsync)
            .Described(
                "ExplainRulesNotFired",
                "Why rules did not fire for a recorded input",
                "For the recorded input and the rule named by 'rule' (or, without it, every rule that did not fire): the first condition, " +
                "in the order written, that did not hold and the values it saw, or that the rule runs on another kind of input, or that it " +
                "did fire. Uses the rule-set version that decided the input.")
            .Produces<WhyNotResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <summary>Names and describes an auditor's route.</summary>
    private static RouteHandlerBuilder Described(this RouteHandlerBuilder route, string name, string summary, string description) =>
        route.WithName(name)
            .WithSummary(summary)
            .WithDescription(description + " Writes nothing. Needs the auditor role.");

    internal static async Task<IResult> ReplayAsync(string customerId, CustomerReplayer replayer, CancellationToken cancellationToken) =>
        await AnswerAsync(() => replayer.ReplayAsync(customerId, cancellationToken)).ConfigureAwait(false);

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

    internal static async Task<IResult> ExplainDecisionAsync(string customerId, string decisionId, DecisionExplainer explainer, CancellationToken cancellationToken) =>
        await AnswerAsync(() => explainer.ExplainAsync(customerId, decisionId, cancellationToken)).ConfigureAwait(false);

    internal static async Task<IResult> WhyNotAsync(string customerId, string eventId, DecisionExplainer explainer, CancellationToken cancellationToken, string? rule = null) =>
        await AnswerAsync(() => explainer.WhyNotAsync(customerId, eventId, rule, cancellationToken)).ConfigureAwait(false);

    private static async Task<IResult> AnswerAsync<T>(Func<Task<T>> explain)
    {
        try
        {
            return TypedResults.Ok(await explain().ConfigureAwait(false));
        }
        catch (CustomerNotFoundException ex)
        {
            return TypedResults.Problem(title: "Unknown customer", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (RecordNotFoundException ex)
        {
            return TypedResults.Problem(title: "Not in the record", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
    }
}
