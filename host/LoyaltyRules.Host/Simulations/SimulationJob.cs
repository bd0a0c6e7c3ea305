namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// A simulation asked for, kept as a document so that any host can say how far it got: its request,
/// its progress while it runs, and its report once complete.
/// </summary>
public sealed class SimulationJob
{
    /// <summary>Waiting for the host that accepted it to start it.</summary>
    public const string Queued = "queued";

    /// <summary>Being computed.</summary>
    public const string Running = "running";

    /// <summary>Done; <see cref="Report"/> holds the report.</summary>
    public const string Completed = "completed";

    /// <summary>Stopped without a report; <see cref="Error"/> says why.</summary>
    public const string Failed = "failed";

    /// <summary>
    /// How long a queued or running job may go without a heartbeat before it counts as abandoned (its host died):
    /// a running job beats each time its progress is saved (every page of customers), a queued one with the job its host runs.
    /// </summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(10);

    /// <summary>The job's id (<c>sim-…</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary><see cref="Queued"/>, <see cref="Running"/>, <see cref="Completed"/> or <see cref="Failed"/>.</summary>
    public string Status { get; set; } = Queued;

    /// <summary>The first day simulated.</summary>
    public DateOnly From { get; set; }

    /// <summary>The last day simulated (included).</summary>
    public DateOnly To { get; set; }

    /// <summary>The sample size asked for; null for every customer.</summary>
    public int? Sample { get; set; }

    /// <summary>How many customers the report lists as most affected.</summary>
    public int Top { get; set; }

    /// <summary>The draft simulated.</summary>
    public DraftDescription Draft { get; set; } = new("", "", "");

    /// <summary>Who asked for it (the API key's holder).</summary>
    public string RequestedBy { get; set; } = "";

    /// <summary>When it was asked for.</summary>
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>When it started running.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    /// <summary>When it completed or failed.</summary>
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Customers simulated so far.</summary>
    public int CustomersDone { get; set; }

    /// <summary>Customers to simulate (known once the run has listed them).</summary>
    public int CustomersTotal { get; set; }

    /// <summary>The last sign of life of the host holding it while queued or running.</summary>
    public DateTimeOffset? HeartbeatAt { get; set; }

    /// <summary>Why it failed.</summary>
    public string? Error { get; set; }

    /// <summary>The report, once complete.</summary>
    public SimulationReport? Report { get; set; }

    /// <summary>Whether the job is queued or running without a heartbeat since <see cref="StaleAfter"/> before <paramref name="now"/>.</summary>
    public bool IsStale(DateTimeOffset now) =>
        Status is Queued or Running && (HeartbeatAt ?? StartedAt ?? RequestedAt) < now - StaleAfter;

    /// <summary>Marks an abandoned job failed, saying so.</summary>
    public void FailAsStale(DateTimeOffset now)
    {
        var last = HeartbeatAt ?? StartedAt ?? RequestedAt;
        Error = $"The host {(Status == Queued ? "holding" : "running")} this simulation stopped without finishing it (no sign of life since {last:yyyy-MM-dd HH:mm:ss} UTC); post it again.";
        Status = Failed;
        Report = null;
        FinishedAt = now;
    }
}
