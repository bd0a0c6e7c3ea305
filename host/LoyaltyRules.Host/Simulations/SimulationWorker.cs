using System.Threading.Channels;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// Runs the simulations this host accepted, one at a time (each keeps a core busy). On start it marks
/// failed the jobs a host that died left queued or running. When the host stops, the queue is closed,
/// and the one running and those still queued are marked failed, so nobody waits for them.
/// </summary>
internal sealed class SimulationWorker(SimulationQueue queue, SimulationRunner runner) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await runner.FailStaleAsync(stoppingToken).ConfigureAwait(false);
            while (true)
            {
                var work = await queue.NextAsync(stoppingToken).ConfigureAwait(false);
                await runner.RunAsync(work, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is ChannelClosedException || (ex is OperationCanceledException && stoppingToken.IsCancellationRequested))
        {
            while (queue.TryTake(out var left))
            {
                await runner.AbandonAsync(left!).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public override Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Close();
        return base.StopAsync(cancellationToken);
    }
}
