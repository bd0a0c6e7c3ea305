using System.Collections.Concurrent;
using System.Threading.Channels;

namespace LoyaltyRules.Host.Simulations;

/// <summary>The simulations this host accepted and has not started yet, in the order they came; closed when the host stops.</summary>
internal sealed class SimulationQueue
{
    private readonly Channel<SimulationWork> _channel = Channel.CreateUnbounded<SimulationWork>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, byte> _waiting = new(StringComparer.Ordinal);

    /// <summary>The ids of the jobs waiting here (their heartbeat is kept up while another runs).</summary>
    public IReadOnlyCollection<string> Waiting => (IReadOnlyCollection<string>)_waiting.Keys;

    /// <summary>Queues a simulation; false when the queue is closed (the host is stopping).</summary>
    public bool TryEnqueue(SimulationWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _waiting[work.JobId] = 0;
        if (_channel.Writer.TryWrite(work))
        {
            return true;
        }

        _waiting.TryRemove(work.JobId, out _);
        return false;
    }

    /// <summary>The next simulation, waiting for one; throws <see cref="ChannelClosedException"/> once closed and empty.</summary>
    public async ValueTask<SimulationWork> NextAsync(CancellationToken cancellation)
    {
        var work = await _channel.Reader.ReadAsync(cancellation).ConfigureAwait(false);
        _waiting.TryRemove(work.JobId, out _);
        return work;
    }

    /// <summary>Takes a queued simulation without waiting, when there is one.</summary>
    public bool TryTake(out SimulationWork? work)
    {
        if (!_channel.Reader.TryRead(out work))
        {
            return false;
        }

        _waiting.TryRemove(work.JobId, out _);
        return true;
    }

    /// <summary>Closes the queue: nothing more is accepted.</summary>
    public void Close() => _channel.Writer.TryComplete();
}
