using System.Text.Json;
using JasperFx;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Security;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>
/// The customer routes for client systems: enrol, record inputs, reverse transactions, redeem points,
/// read the loyalty state and the history. Clients write; clients and auditors read.
/// </summary>
internal static class CustomerEndpoints
{
    private const int MaxPageSize = 500;

    /// <summary>The largest request body a customer route reads: inputs are small; anything bigger is a mistake (413).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        var customers = app.MapGroup("/customers").WithTags("Customers")
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        customers.MapPost("", EnrolAsync)
            .RequireAuthorization(Roles.Client)
            .WithName("EnrolCustomer")
            .WithSummary("Enrol a customer")
            .WithDescription("Starts the customer's stream with the enrolment and the decisions it causes (a welcome bonus, say). Enrolling the same customer again returns the original decisions (200).")
            .RecordingResponses();
        customers.MapGet("/{customerId}", GetCustomerAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Client, Roles.Auditor))
            .WithName("GetCustomer")
            .WithSummary("Read a customer's loyalty state")
            .WithDescription("Points (available, pending, lifetime), tier and since when, offers, gifts and preferential rates still valid, segments, as of the customer's latest input.")
            .Produces<CustomerResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapGet("/{customerId}/events", GetEventsAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.Client, Roles.Auditor))
            .WithName("GetCustomerEvents")
            .WithSummary("Read a customer's history, a page at a time")
            .WithDescription("Every input and decision of the customer's stream, oldest first. page counts from 1; pageSize is at most 500 (default 100).")
            .Produces<EventPageResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        customers.MapPost("/{customerId}/events", RecordEventAsync)
            .RequireAuthorization(Roles.Client)
            .WithName("RecordCustomerEvent")
            .WithSummary("Record a transaction, referral, survey answer or complaint")
            .WithDescription("Evaluates the input with the rule set active at its time and records it with every decision it causes, atomically. 201 with the decisions; a repeated idempotency key returns the original decisions (200) and records nothing.")
            .RecordingResponses();
        customers.MapPost("/{customerId}/events/{eventId}/reversal", ReverseAsync)
            .RequireAuthorization(Roles.Client)
            .WithName("ReverseCustomerEvent")
            .WithSummary("Reverse a recorded transaction")
            .WithDescription("Takes back exactly what the transaction's evaluation decided at the time (never recomputed with today's rules), and its effect on rolling figures; tier consequences follow the program.")
            .RecordingResponses();
        customers.MapPost("/{customerId}/redemptions", RedeemAsync)
            .RequireAuthorization(Roles.Client)
            .WithName("RedeemPoints")
            .WithSummary("Spend points")
            .WithDescription("Spends available points (the oldest first). 422 when the customer has fewer available points than asked.")
            .RecordingResponses();
        return app;
    }

    /// <summary>What a route that records an input answers: 201 or 200 (a repeated key) with the decisions, or a problem.</summary>
    private static RouteHandlerBuilder RecordingResponses(this RouteHandlerBuilder route) =>
        route.Produces<RecordedResponse>(StatusCodes.Status201Created)
            .Produces<RecordedResponse>(StatusCodes.Status200OK)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    internal static async Task<IResult> EnrolAsync(EnrolmentRequest request, CustomerEvaluator evaluator, IOptions<InputOptions> limits, TimeProvider clock, CancellationToken cancellation)
    {
        var check = new InputValidation(limits.Value, clock);
        var customerId = check.Id("customerId", request.CustomerId);
        var at = check.Time("enrolledAt", request.EnrolledAt);
        var segment = check.Text("segment", request.Segment, required: false, fallback: "retail");
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        var attributes = request.Attributes ?? [];
        return await RecordAsync(() => evaluator.RecordAsync(
            customerId, "enrolment", id => new CustomerEnrolled(id, at, request.BirthDate, segment, attributes), cancellation)).ConfigureAwait(false);
    }

    internal static async Task<IResult> GetCustomerAsync(string customerId, IQuerySession session, RuleSetCatalog ruleSets, TimeProvider clock, CancellationToken cancellation)
    {
        var state = await session.LoadAsync<CustomerState>(customerId, cancellation).ConfigureAwait(false);
        if (state is null)
        {
            return UnknownCustomer(customerId);
        }

        var response = CustomerResponse.From(state);
        if (response.Tier is null)
        {
            // No tier decision yet: the customer is in the program's first (default) tier, named by the rule set in force.
            var history = await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false);
            if (history.VersionAt(clock.GetUtcNow()) is { } stored)
            {
                var program = ruleSets.Program(stored);
                response = response with { Tier = program.Tiers.Count > 0 ? program.TierName(state.TierLevel) : null };
            }
        }

        return TypedResults.Ok(response);
    }

    internal static async Task<IResult> GetEventsAsync(string customerId, IQuerySession session, CancellationToken cancellation, int page = 1, int pageSize = 100)
    {
        if (page < 1 || pageSize < 1 || pageSize > MaxPageSize)
        {
            var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (page < 1)
            {
                errors["page"] = ["'page' counts from 1."];
            }

            if (pageSize < 1 || pageSize > MaxPageSize)
            {
                errors["pageSize"] = [$"'pageSize' must be from 1 to {MaxPageSize}."];
            }

            return TypedResults.ValidationProblem(errors);
        }

        var stream = await session.Events.FetchStreamStateAsync(customerId, cancellation).ConfigureAwait(false);
        if (stream is null)
        {
            return UnknownCustomer(customerId);
        }

        var from = ((long)(page - 1) * pageSize) + 1;
        var to = Math.Min(stream.Version, from + pageSize - 1);
        IReadOnlyList<StreamEventResponse> events = from > stream.Version
            ? []
            : [.. (await session.Events.FetchStreamAsync(customerId, version: to, fromVersion: from, token: cancellation).ConfigureAwait(false))
                .Select(e => new StreamEventResponse(e.Version, e.Data.GetType().Name, e.Timestamp, JsonSerializer.SerializeToElement(e.Data, e.Data.GetType(), JsonSerializerOptions.Web)))];
        return TypedResults.Ok(new EventPageResponse(customerId, page, pageSize, stream.Version, events));
    }

    internal static async Task<IResult> RecordEventAsync(string customerId, EventRequest request, CustomerEvaluator evaluator, IOptions<InputOptions> limits, TimeProvider clock, CancellationToken cancellation)
    {
        var check = new InputValidation(limits.Value, clock);
        check.Id("customerId", customerId);
        var build = Build(request, check);
        if (!check.IsValid || build is null)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        return await RecordAsync(() => evaluator.RecordAsync(customerId, request.IdempotencyKey!, build, cancellation)).ConfigureAwait(false);
    }

    internal static async Task<IResult> ReverseAsync(string customerId, string eventId, ReversalRequest request, CustomerEvaluator evaluator, IOptions<InputOptions> limits, TimeProvider clock, CancellationToken cancellation)
    {
        var check = new InputValidation(limits.Value, clock);
        check.Id("customerId", customerId);
        var at = check.Time("occurredAt", request.OccurredAt);
        var key = check.Key("idempotencyKey", request.IdempotencyKey);
        var reason = check.Text("reason", request.Reason, required: false);
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        return await RecordAsync(() => evaluator.ReverseAsync(customerId, eventId, at, reason.Length == 0 ? null : reason, key, cancellation)).ConfigureAwait(false);
    }

    internal static async Task<IResult> RedeemAsync(string customerId, RedemptionRequest request, CustomerEvaluator evaluator, IOptions<InputOptions> limits, TimeProvider clock, CancellationToken cancellation)
    {
        var check = new InputValidation(limits.Value, clock);
        check.Id("customerId", customerId);
        var at = check.Time("occurredAt", request.OccurredAt);
        var key = check.Key("idempotencyKey", request.IdempotencyKey);
        var reward = check.Text("reward", request.Reward, required: true);
        if (request.Points is not { } points || points <= 0)
        {
            check.Fail("points", "'points' is required and must be more than 0.");
        }

        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors);
        }

        return await RecordAsync(() => evaluator.RecordAsync(customerId, key, id => new PointsRedeemed(id, at, request.Points!.Value, reward, key), cancellation)).ConfigureAwait(false);
    }

    /// <summary>The input a request describes (given its id), or null with the reasons in <paramref name="check"/>.</summary>
    private static Func<string, IInputEvent>? Build(EventRequest request, InputValidation check)
    {
        var key = check.Key("idempotencyKey", request.IdempotencyKey);
        var at = check.Time("occurredAt", request.OccurredAt);
        var kind = request.Kind;
        if (kind is not null && EventKinds.Transactions.Contains(kind))
        {
            var amount = check.Amount("amount", request.Amount);
            var currency = check.Currency("currency", request.Currency);
            var channel = Optional(check, "channel", request.Channel);
            var category = Optional(check, "category", request.Category);
            var product = Optional(check, "product", request.Product);
            var merchant = Optional(check, "merchant", request.Merchant);
            return id => new TransactionRecorded(id, at, kind, amount, currency, channel, category, product, merchant, key);
        }

        switch (kind)
        {
            case EventKinds.Referral:
                var referred = check.Id("referredCustomer", request.ReferredCustomer);
                return id => new ReferralMade(id, at, referred, request.ReferredEnrolledOn, request.ReferredFirstPurchase, key);
            case EventKinds.Survey:
                var nps = check.Score("nps", request.Nps, 0, 10);
                var csat = check.Score("csat", request.Csat, 1, 5);
                if (nps is null && csat is null)
                {
                    check.Fail("nps", "A survey answer needs 'nps' (0 to 10), 'csat' (1 to 5) or both.");
                }

                var surveyChannel = Optional(check, "channel", request.Channel);
                return id => new SurveyAnswered(id, at, nps, csat, surveyChannel, key);
            case EventKinds.Complaint:
                var complaint = check.Id("complaintId", request.ComplaintId);
                var complaintCategory = check.Text("category", request.Category, required: false, fallback: "general");
                var severity = check.Text("severity", request.Severity, required: false, fallback: "normal");
                return id => new ComplaintFiled(id, at, complaint, complaintCategory, severity, key);
            case EventKinds.ComplaintResolved:
                var resolved = check.Id("complaintId", request.ComplaintId);
                var outcome = check.Text("outcome", request.Outcome, required: false, fallback: "resolved");
                return id => new ComplaintResolved(id, at, resolved, outcome, key);
            case null or "":
                check.Fail("kind", "'kind' is required: " + KindList + ".");
                return null;
            default:
                check.Fail("kind", kind switch
                {
                    EventKinds.Enrolment => "Enrol with POST /customers.",
                    EventKinds.Reversal => "Reverse with POST /customers/{customerId}/events/{eventId}/reversal.",
                    EventKinds.Redemption => "Redeem with POST /customers/{customerId}/redemptions.",
                    EventKinds.Sweep => "Sweeps are run by the host (or POST /sweeps), not posted.",
                    _ => $"'{kind}' is not an event kind: " + KindList + ".",
                });
                return null;
        }
    }

    private static readonly string KindList =
        string.Join(", ", EventKinds.Transactions.Concat([EventKinds.Referral, EventKinds.Survey, EventKinds.Complaint, EventKinds.ComplaintResolved]));

    private static string? Optional(InputValidation check, string field, string? value)
    {
        var text = check.Text(field, value, required: false);
        return text.Length == 0 ? null : text;
    }

    /// <summary>Records, and answers 201 (or 200 for a repeated key); known refusals become problem details.</summary>
    private static async Task<IResult> RecordAsync(Func<Task<RecordOutcome>> record)
    {
        try
        {
            var outcome = await record().ConfigureAwait(false);
            var response = RecordedResponse.From(outcome);
            return outcome.Duplicate
                ? TypedResults.Ok(response)
                : TypedResults.Created($"/customers/{Uri.EscapeDataString(outcome.CustomerId)}/events/{outcome.Input.InputId}", response);
        }
        catch (CustomerNotFoundException ex)
        {
            return TypedResults.Problem(title: "Unknown customer", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (InputNotFoundException ex)
        {
            return TypedResults.Problem(title: "Unknown event", detail: ex.Message, statusCode: StatusCodes.Status404NotFound);
        }
        catch (InvalidInputException ex)
        {
            return TypedResults.Problem(title: "The input cannot apply to this customer", detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (NoActiveRuleSetException ex)
        {
            return TypedResults.Problem(title: "No rule set was active at the input's time", detail: ex.Message, statusCode: StatusCodes.Status422UnprocessableEntity);
        }
        catch (ConcurrencyException)
        {
            return TypedResults.Problem(
                title: "The customer is being updated elsewhere",
                detail: "Other hosts kept recording inputs for this customer; nothing was recorded. Retry with the same idempotency key.",
                statusCode: StatusCodes.Status503ServiceUnavailable,
                extensions: new Dictionary<string, object?> { ["retryAfterSeconds"] = 1 });
        }
    }

    private static ProblemHttpResult UnknownCustomer(string customerId) =>
        TypedResults.Problem(title: "Unknown customer", detail: $"There is no customer '{customerId}'.", statusCode: StatusCodes.Status404NotFound);
}
