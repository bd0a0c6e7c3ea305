using System.Security.Claims;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>
/// The rule-set routes: check a rule file, store it as an immutable version, activate a version from
/// an instant on, and read the versions and the activation timeline. Admins write; admins and
/// auditors read.
/// </summary>
internal static class RuleSetEndpoints
{
    /// <summary>The largest rule file accepted, in bytes of request body (a program of 10,000 rules is about 2 MB).</summary>
    public const int MaxBodyBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRuleSetEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/rulesets/validate", ValidateAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(Roles.Admin)
            .WithName("ValidateRuleSet")
            .WithSummary("Check a rule file without storing it")
            .WithDescription(
                "Compiles the file and answers whether it is valid, with every error and warning positioned by line, column and length. " +
                "Stores nothing. Needs the admin role.")
            .WithTags("Rule sets")
            .Accepts<RuleSetRequest>("application/json")
            .Produces<ValidationResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapPost("/rulesets", StoreAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(Roles.Admin)
            .WithName("StoreRuleSet")
            .WithSummary("Store a rule file as a new version")
            .WithDescription(
                "Stores a file that compiles as the next immutable version (201, Location /rulesets/v{n}), authored by the API key's holder. " +
                "The same text again answers 200 with the version it already is and created false. A file with errors is not stored: " +
                "422 problem details whose 'diagnostics' extension lists them. Storing does not activate. Needs the admin role.")
            .WithTags("Rule sets")
            .Accepts<RuleSetRequest>("application/json")
            .Produces<RuleSetUploadResponse>(StatusCodes.Status201Created)
            .Produces<RuleSetUploadResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        app.MapPost("/rulesets/{version}/activation", ActivateAsync)
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .RequireAuthorization(Roles.Admin)
            .WithName("ActivateRuleSet")
            .WithSummary("Activate a stored version from an instant on")
            .WithDescription(
                "Makes the version (v3 or 3) the one inputs are evaluated with from 'effectiveFrom' on, or from now when the body or the field is absent. " +
                "A later effective time schedules it. Unknown versions answer 404. Needs the admin role.")
            .WithTags("Rule sets")
            .Accepts<ActivationRequest>(isOptional: true, "application/json")
            .Produces<ActivationResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/rulesets", ListAsync)
            .RequireAuthorization(Roles.AdminOrAuditor)
            .WithName("ListRuleSets")
            .WithSummary("The stored versions and the activation timeline")
            .WithDescription(
                "Every stored version without its source, marking the one in force now, and every activation ordered by effective time, " +
                "each marked active, scheduled or superseded. Needs the admin or auditor role.")
            .WithTags("Rule sets")
            .Produces<RuleSetListResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        app.MapGet("/rulesets/{version}", GetAsync)
            .RequireAuthorization(Roles.AdminOrAuditor)
            .WithName("GetRuleSet")
            .WithSummary("One stored version with its source text")
            .WithDescription("The version (v3 or 3) with its metadata and source text exactly as uploaded; 404 when there is no such version. Needs the admin or auditor role.")
            .WithTags("Rule sets")
            .Produces<RuleSetDetailResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    internal static async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> ValidateAsync(HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<RuleSetRequest>(httpRequest, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (request?.Source is not { } source)
        {
            return MissingSource();
        }

        var compilation = RuleSetCatalog.Check(request.EffectiveFileName, source);
        return TypedResults.Ok(new ValidationResponse(compilation.Success, DiagnosticResponse.From(compilation.Diagnostics)));
    }

    internal static async Task<Results<Created<RuleSetUploadResponse>, Ok<RuleSetUploadResponse>, ProblemHttpResult>> StoreAsync(
        HttpRequest httpRequest, ClaimsPrincipal user, RuleSetCatalog catalog, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<RuleSetRequest>(httpRequest, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (request?.Source is not { } source)
        {
            return MissingSource();
        }

        var upload = await catalog.StoreAsync(request.EffectiveFileName, source, Author(user), cancellationToken).ConfigureAwait(false);
        if (upload.Version is not { } stored)
        {
            return RuleFileProblems.DoesNotCompile(request.EffectiveFileName, upload.Compilation, "nothing was stored");
        }

        var response = new RuleSetUploadResponse(
            stored.Version, stored.Number, stored.Name, stored.FileName, stored.ContentHash, stored.Author, stored.CreatedAt, upload.Created,
            DiagnosticResponse.From(upload.Compilation.Warnings));
        return upload.Created
            ? TypedResults.Created($"/rulesets/{stored.Version}", response)
            : TypedResults.Ok(response);
    }

    internal static async Task<Results<Ok<ActivationResponse>, ProblemHttpResult>> ActivateAsync(
        string version, HttpRequest httpRequest, ClaimsPrincipal user, RuleSetCatalog catalog, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<ActivationRequest>(httpRequest, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        if (RuleSetVersions.Parse(version) is not { } number)
        {
            return UnknownVersion(version);
        }

        var activated = await catalog.ActivateAsync(number, request?.EffectiveFrom, Author(user), cancellationToken).ConfigureAwait(false);
        return activated is null ? UnknownVersion(version) : TypedResults.Ok(ActivationResponse.From(activated));
    }

    internal static async Task<Ok<RuleSetListResponse>> ListAsync(RuleSetCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        var history = await catalog.HistoryAsync(cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var active = history.ActiveAt(now);
        var versions = history.Versions
            .Select(v => new RuleSetSummary(v.Version, v.Number, v.Name, v.FileName, v.ContentHash, v.Author, v.CreatedAt, v.Number == active?.Number))
            .ToList();
        var timeline = history.Activations
            .Select((activation, index) => (activation, index))
            .OrderBy(a => a.activation.EffectiveFrom)
            .ThenBy(a => a.index)
            .Select(a => new TimelineEntry(
                RuleSetVersions.Id(a.activation.Number),
                a.activation.EffectiveFrom,
                a.activation.ActivatedBy,
                a.activation.ActivatedAt,
                ReferenceEquals(a.activation, active) ? "active" : a.activation.EffectiveFrom > now ? "scheduled" : "superseded"))
            .ToList();
        return TypedResults.Ok(new RuleSetListResponse(active is null ? null : RuleSetVersions.Id(active.Number), versions, timeline));
    }

    internal static async Task<Results<Ok<RuleSetDetailResponse>, ProblemHttpResult>> GetAsync(
        string version, RuleSetCatalog catalog, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (RuleSetVersions.Parse(version) is not { } number)
        {
            return UnknownVersion(version);
        }

        var history = await catalog.HistoryAsync(cancellationToken).ConfigureAwait(false);
        if (history.Version(number) is not { } stored)
        {
            return UnknownVersion(version);
        }

        var active = history.ActiveAt(clock.GetUtcNow());
        return TypedResults.Ok(new RuleSetDetailResponse(
            stored.Version, stored.Number, stored.Name, stored.FileName, stored.ContentHash, stored.Author, stored.CreatedAt, stored.Number == active?.Number, stored.Source));
    }

    private static string Author(ClaimsPrincipal user) => user.Identity?.Name ?? "unknown";

    private static ProblemHttpResult MissingSource() =>
        TypedResults.Problem(
            title: "The request needs the rule file's source",
            detail: "Send {\"fileName\": \"rules.loyalty\", \"source\": \"...\"}: 'source' is the rule file's text and is required.",
            statusCode: StatusCodes.Status400BadRequest);

    private static ProblemHttpResult UnknownVersion(string version) =>
        TypedResults.Problem(
            title: "No such rule-set version",
            detail: $"There is no stored rule-set version '{version}'. Versions are named v1, v2, … (or 1, 2, …); GET /rulesets lists them.",
            statusCode: StatusCodes.Status404NotFound);
}
