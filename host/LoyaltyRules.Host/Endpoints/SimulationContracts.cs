using LoyaltyRules.Host.Simulations;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>A what-if simulation to run: a draft rule file and a period.</summary>
/// <param name="FileName">The name diagnostics cite; <c>draft.loyalty</c> when absent.</param>
/// <param name="Source">The draft's text. Required. It is compiled, never stored as a rule-set version, never activated.</param>
/// <param name="From">The first day of the period (yyyy-MM-dd, UTC). Required.</param>
/// <param name="To">The last day of the period, included. Required.</param>
/// <param name="Sample">Simulate only this many customers (a deterministic sample by hash of the customer id); all when absent.</param>
/// <param name="Top">How many most-affected customers to list (1 to 100, default 20).</param>
internal sealed record SimulationRequest(string? FileName, string? Source, DateOnly? From, DateOnly? To, int? Sample, int? Top)
{
    /// <summary>The file name used when the request names none.</summary>
    public const string DefaultFileName = "draft.loyalty";

    /// <summary>The file name to compile the draft under.</summary>
    public string EffectiveFileName => string.IsNullOrWhiteSpace(FileName) ? DefaultFileName : FileName;
}

/// <summary>How far a simulation got.</summary>
/// <param name="CustomersDone">Customers simulated so far.</param>
/// <param name="CustomersTotal">Customers to simulate (0 until they are listed).</param>
internal sealed record SimulationProgress(int CustomersDone, int CustomersTotal)
{
    /// <summary>Done as a percentage, 0 to 100 (0 while the total is unknown).</summary>
    public int Percent => CustomersTotal == 0 ? 0 : (int)(100L * CustomersDone / CustomersTotal);
}

/// <summary>A simulation's status, and its report once complete.</summary>
/// <param name="Id">The simulation's id.</param>
/// <param name="Status"><c>queued</c>, <c>running</c>, <c>completed</c> or <c>failed</c>.</param>
/// <param name="Progress">Customers done and to do.</param>
/// <param name="From">The first day simulated.</param>
/// <param name="To">The last day simulated.</param>
/// <param name="Sample">The sample size asked for, or null.</param>
/// <param name="Draft">The draft simulated.</param>
/// <param name="RequestedBy">Who asked for it.</param>
/// <param name="RequestedAt">When.</param>
/// <param name="StartedAt">When it started running.</param>
/// <param name="FinishedAt">When it completed or failed.</param>
/// <param name="Error">Why it failed.</param>
/// <param name="ReportHtml">Where the report is as an HTML page; null until the simulation completed (and for a failed one).</param>
/// <param name="Report">The report, once complete.</param>
internal sealed record SimulationStatusResponse(
    string Id, string Status, SimulationProgress Progress, DateOnly From, DateOnly To, int? Sample, DraftDescription Draft,
    string RequestedBy, DateTimeOffset RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? FinishedAt, string? Error, string? ReportHtml,
    SimulationReport? Report)
{
    /// <summary>The response form of a job.</summary>
    public static SimulationStatusResponse Of(SimulationJob job) =>
        new(job.Id, job.Status, new SimulationProgress(job.CustomersDone, job.CustomersTotal), job.From, job.To, job.Sample, job.Draft,
            job.RequestedBy, job.RequestedAt, job.StartedAt, job.FinishedAt, job.Error,
            job.Status == SimulationJob.Completed ? $"/simulations/{job.Id}/report.html" : null, job.Report);
}
