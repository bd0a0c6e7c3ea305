using System.Threading.Channels;

namespace LoyaltyRules.Host.Simulations;

/// <summary>The simulations this host accepted and has not started yet, in the order they came.</summary>
internal sealed class SimulationQueue
{
    private readonly Channel<SimulationWork> _channel = Channel.CreateUnbounded<SimulationWork>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Queues a simulation.</summary>
    public void Enqueue(SimulationWork work)
    {
        if (!_channel.Writer.TryWrite(work))
        {
            throw new InvalidOperationException("The simulation queue is closed: the host is stopping.");
        }
    }

    /// <summary>The next simulation, waiting for one.</summary>
    public ValueTask<SimulationWork> NextAsync(CancellationToken cancellation) => _channel.Reader.ReadAsync(cancellation);

    /// <summary>Takes a queued simulation without waiting, when there is one.</summary>
    public bool TryTake(out SimulationWork? work) => _channel.Reader.TryRead(out work);
}
