using LoyaltyRules.Host.History;
using LoyaltyRules.Host.Measures;
using LoyaltyRules.Host.RuleSets;
using Marten;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// Runs one simulation: lists the customers enrolled by the period's end (or a sample of them), reads
/// their streams a page at a time, simulates each (<see cref="CustomerSimulator"/>), keeps the job's
/// progress up to date, adds the program's measures and stores the report. Writes only the job document.
/// </summary>
internal sealed partial class SimulationRunner(
    IDocumentStore store, CustomerHistoryReader reader, RuleSetCatalog ruleSets, MeasuresService measures, SimulationQueue queue, TimeProvider clock,
    ILogger<SimulationRunner> logger)
{
    /// <summary>Marks failed every job left queued or running by a host that stopped beating (run when a host starts).</summary>
    public async Task FailStaleAsync(CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        var unfinished = await session.Query<SimulationJob>()
            .Where(j => j.Status == SimulationJob.Queued || j.Status == SimulationJob.Running)
            .ToListAsync(cancellation).ConfigureAwait(false);
        var stale = unfinished.Where(j => j.IsStale(now)).ToList();
        foreach (var job in stale)
        {
            job.FailAsStale(now);
            session.Store(job);
        }

        if (stale.Count > 0)
        {
            await session.SaveChangesAsync(cancellation).ConfigureAwait(false);
            Log.Stale(logger, stale.Count);
        }
    }

    /// <summary>Runs <paramref name="work"/> to completion or failure; never throws.</summary>
    public async Task RunAsync(SimulationWork work, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(work);
        var job = await LoadAsync(work.JobId).ConfigureAwait(false);
        if (job is null)
        {
            return;
        }

        try
        {
            job.Status = SimulationJob.Running;
            job.StartedAt = clock.GetUtcNow();
            await SaveAsync(job, cancellation).ConfigureAwait(false);

            var enrolled = await reader.EnrolledAsync(work.Period.To, cancellation).ConfigureAwait(false);
            var customers = work.Sample is { } size ? Sampling.Take(enrolled, size) : enrolled;
            job.CustomersTotal = customers.Count;
            await SaveAsync(job, cancellation).ConfigureAwait(false);

            var history = await ruleSets.HistoryAsync(cancellation).ConfigureAwait(false);
            var recordedProgram = history.VersionAt(work.Period.End.AddTicks(-1)) is { } stored ? ruleSets.Program(stored) : null;
            var aggregator = new SimulationAggregator(work.Top, recordedProgram, work.Program);
            foreach (var page in customers.Chunk(CustomerHistoryReader.PageSize))
            {
                foreach (var customer in await reader.ReadAsync(page, cancellation).ConfigureAwait(false))
                {
                    Simulate(work, customer, recordedProgram, aggregator);
                }

                job.CustomersDone += page.Length;
                await SaveAsync(job, cancellation).ConfigureAwait(false);
            }

            var programMeasures = await measures.MeasureAsync(work.Period, token => SaveAsync(job, token), cancellation).ConfigureAwait(false);
            job.Report = aggregator.Build(work.Period, work.Draft, enrolled.Count, work.Sample, programMeasures);
            job.Status = SimulationJob.Completed;
            job.FinishedAt = clock.GetUtcNow();
            await SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
            Log.Completed(logger, job.Id, job.CustomersTotal);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await FailAsync(job, "The host stopped before the simulation finished; post it again.").ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.Failed(logger, ex, job.Id);
            await FailAsync(job, $"The simulation failed: {ex.Message}").ConfigureAwait(false);
        }
    }

    /// <summary>Marks a queued simulation failed without running it (the host is stopping).</summary>
    public async Task AbandonAsync(SimulationWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (await LoadAsync(work.JobId).ConfigureAwait(false) is { } job)
        {
            await FailAsync(job, "The host stopped before the simulation started; post it again.").ConfigureAwait(false);
        }
    }

    /// <summary>Simulates one customer; a stream that is not a well-formed history, or a failure, is that customer's failure alone.</summary>
    private static void Simulate(SimulationWork work, CustomerEvents customer, Core.Evaluation.LoyaltyProgram? recordedProgram, SimulationAggregator aggregator)
    {
        try
        {
            if (CustomerSimulator.Simulate(customer, work.Period, work.Program, recordedProgram) is { } outcome)
            {
                aggregator.Add(outcome);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            aggregator.Fail(customer.CustomerId, ex.Message);
        }
    }

    private async Task FailAsync(SimulationJob job, string error)
    {
        job.Status = SimulationJob.Failed;
        job.Error = error;
        job.Report = null;
        job.FinishedAt = clock.GetUtcNow();
        try
        {
            await SaveAsync(job, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            Log.NotSaved(logger, ex, job.Id);
        }
    }

    private async Task<SimulationJob?> LoadAsync(string id)
    {
        await using var query = store.QuerySession();
        return await query.LoadAsync<SimulationJob>(id, CancellationToken.None).ConfigureAwait(false);
    }

    /// <summary>Saves the job with a heartbeat, and beats for the jobs waiting behind it on this host.</summary>
    private async Task SaveAsync(SimulationJob job, CancellationToken cancellation)
    {
        var now = clock.GetUtcNow();
        await using var session = store.LightweightSession();
        if (job.Status is SimulationJob.Running)
        {
            job.HeartbeatAt = now;
            if (queue.Waiting.Count > 0)
            {
                foreach (var waiting in await session.LoadManyAsync<SimulationJob>(cancellation, queue.Waiting).ConfigureAwait(false))
                {
                    if (waiting.Status == SimulationJob.Queued)
                    {
                        waiting.HeartbeatAt = now;
                        session.Store(waiting);
                    }
                }
            }
        }

        session.Store(job);
        await session.SaveChangesAsync(cancellation).ConfigureAwait(false);
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Simulation {JobId} completed over {Customers} customers")]
        public static partial void Completed(ILogger logger, string jobId, int customers);

        [LoggerMessage(Level = LogLevel.Error, Message = "Simulation {JobId} failed")]
        public static partial void Failed(ILogger logger, Exception exception, string jobId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} simulation(s) left unfinished by a host that stopped were marked failed")]
        public static partial void Stale(ILogger logger, int count);

        [LoggerMessage(Level = LogLevel.Error, Message = "Simulation {JobId} could not be marked failed")]
        public static partial void NotSaved(ILogger logger, Exception exception, string jobId);
    }
}
