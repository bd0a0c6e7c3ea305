using System.Security.Claims;
using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Security;
using LoyaltyRules.Host.Simulations;
using Marten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>
/// The what-if routes: simulate a draft rule file against the recorded history of a period, as a job
/// any host can report on; read its status and report, as JSON or as an HTML page. Admins only.
/// </summary>
internal static class SimulationEndpoints
{
    /// <summary>How many most-affected customers a report lists unless asked otherwise.</summary>
    public const int DefaultTop = 20;

    /// <summary>The most most-affected customers a report lists.</summary>
    public const int MaxTop = 100;

    public static IEndpointRouteBuilder MapSimulationEndpoints(this IEndpointRouteBuilder app)
    {
        var simulations = app.MapGroup("/simulations").WithTags("Simulations").RequireAuthorization(Roles.Admin)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        simulations.MapPost("", StartAsync)
            .WithMetadata(new RequestSizeLimitAttribute(RuleSetEndpoints.MaxBodyBytes))
            .WithName("StartSimulation")
            .WithSummary("Simulate a draft rule file over a period of recorded history")
            .WithDescription(
                "Compiles the draft (never stored, never activated) and starts a job that re-evaluates every input of the period, for every customer " +
                "enrolled by its end (or a deterministic sample), under the draft, starting from each customer's recorded state at the period's start; " +
                "the draft side is swept every day of the period, as the daily sweep would have swept it. " +
                "202 with Location /simulations/{id}; follow it for progress and the report. 503 when the host is stopping. A draft with errors answers 422 with its positioned " +
                "'diagnostics', as POST /rulesets does; a bad period or sample answers 400 naming the field. Needs the admin role.")
            .Accepts<SimulationRequest>("application/json")
            .Produces<SimulationStatusResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
        simulations.MapGet("/{id}", GetAsync)
            .WithName("GetSimulation")
            .WithSummary("A simulation's status and progress, and its report once complete")
            .WithDescription(
                "Status (queued, running, completed, failed), customers done out of the total, and — when completed — the report: points liability " +
                "recorded and under the draft, the tier migration matrix, grants per code, the points distribution, the most affected customers, " +
                "the inputs the draft refused and the program's measures. Any host answers. A job left queued or running by a host that stopped " +
                "(no heartbeat for 10 minutes) is reported failed. reportHtml is given only once completed. Needs the admin role.")
            .Produces<SimulationStatusResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
        simulations.MapGet("/{id}/report.html", GetHtmlAsync)
            .WithName("GetSimulationReportHtml")
            .WithSummary("A completed simulation's report as a self-contained HTML page")
            .WithDescription(
                "One page with its own styles and charts (no scripts, fonts or other files): aggregate figures, the tier migration heat map, " +
                "the points distribution before and after, grants, the most affected customers and the program's measures. " +
                "409 while the simulation is queued or running, and for a failed simulation, with its error in the problem's detail. Needs the admin role.")
            .Produces<string>(StatusCodes.Status200OK, "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return app;
    }

    internal static async Task<Results<Accepted<SimulationStatusResponse>, ValidationProblem, ProblemHttpResult>> StartAsync(
        HttpRequest httpRequest, ClaimsPrincipal user, IDocumentStore store, SimulationQueue queue, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (request, problem) = await JsonBody.ReadAsync<SimulationRequest>(httpRequest, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(request?.Source))
        {
            errors["source"] = ["'source' is required: the draft rule file's text."];
        }

        var period = PeriodValidation.Check(request?.From, request?.To, errors);
        if (request?.Sample is < 1)
        {
            errors["sample"] = ["'sample' must be at least 1 (leave it out to simulate every customer)."];
        }

        if (request?.Top is < 1 or > MaxTop)
        {
            errors["top"] = [$"'top' must be from 1 to {MaxTop}."];
        }

        if (request?.Source is not { Length: > 0 } source || period is not { } simulated || errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The simulation request is not valid");
        }

        var compilation = RuleSetCatalog.Check(request.EffectiveFileName, source);
        if (compilation.Program is not { } program || !compilation.Success)
        {
            return RuleFileProblems.DoesNotCompile(request.EffectiveFileName, compilation, "nothing was simulated");
        }

        var job = new SimulationJob
        {
            Id = "sim-" + Guid.CreateVersion7().ToString("N"),
            From = simulated.From,
            To = simulated.To,
            Sample = request.Sample,
            Top = request.Top ?? DefaultTop,
            Draft = new DraftDescription(request.EffectiveFileName, program.Name, RuleSetCatalog.ContentHash(source)),
            RequestedBy = user.Identity?.Name ?? "unknown",
            RequestedAt = clock.GetUtcNow(),
        };
        job.HeartbeatAt = job.RequestedAt;
        await using (var session = store.LightweightSession())
        {
            session.Store(job);
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        if (!queue.TryEnqueue(new SimulationWork(job.Id, simulated, job.Sample, job.Top, job.Draft, program)))
        {
            job.Status = SimulationJob.Failed;
            job.Error = "The host was stopping and did not start the simulation; post it again.";
            job.FinishedAt = clock.GetUtcNow();
            await using var session = store.LightweightSession();
            session.Store(job);
            await session.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            return TypedResults.Problem(title: "The host is stopping", detail: job.Error, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Accepted($"/simulations/{job.Id}", SimulationStatusResponse.Of(job));
    }

    internal static async Task<Results<Ok<SimulationStatusResponse>, ProblemHttpResult>> GetAsync(string id, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = await LoadAsync(id, store, clock, cancellationToken).ConfigureAwait(false);
        return job is null ? Unknown(id) : TypedResults.Ok(SimulationStatusResponse.Of(job));
    }

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetHtmlAsync(
        string id, HttpResponse response, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        var job = await LoadAsync(id, store, clock, cancellationToken).ConfigureAwait(false);
        if (job is null)
        {
            return Unknown(id);
        }

        if (job.Report is not { } report)
        {
            return TypedResults.Problem(
                title: "The simulation has no report yet",
                detail: job.Status == SimulationJob.Failed
                    ? $"Simulation '{id}' failed: {job.Error}"
                    : $"Simulation '{id}' is {job.Status} ({job.CustomersDone} of {job.CustomersTotal} customers); GET /simulations/{id} shows its progress.",
                statusCode: StatusCodes.Status409Conflict);
        }

        // The page is self-contained: it may load nothing, run nothing, and use only its own styles and inline images.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
        return TypedResults.Content(SimulationHtml.Render(job, report), "text/html; charset=utf-8");
    }

    /// <summary>The job; one left queued or running by a host that stopped beating is marked failed first.</summary>
    private static async Task<SimulationJob?> LoadAsync(string id, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var session = store.LightweightSession();
        var job = await session.LoadAsync<SimulationJob>(id, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        if (job?.IsStale(now) == true)
        {
            job.FailAsStale(now);
            session.Store(job);
            await session.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return job;
    }

    private static ProblemHttpResult Unknown(string id) =>
        TypedResults.Problem(title: "No such simulation", detail: $"There is no simulation '{id}'.", statusCode: StatusCodes.Status404NotFound);
}
