namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// Runs the simulations this host accepted, one at a time (each keeps a core busy). When the host
/// stops, the one running and those still queued are marked failed, so nobody waits for them.
/// </summary>
internal sealed class SimulationWorker(SimulationQueue queue, SimulationRunner runner) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (true)
            {
                var work = await queue.NextAsync(stoppingToken).ConfigureAwait(false);
                await runner.RunAsync(work, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            while (queue.TryTake(out var left))
            {
                await runner.AbandonAsync(left!).ConfigureAwait(false);
            }
        }
    }
}
