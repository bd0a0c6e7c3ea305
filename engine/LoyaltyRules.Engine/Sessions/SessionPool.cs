namespace LoyaltyRules.Engine;

/// <summary>
/// Reset session cores kept for reuse, a few per processor. One core sits in a lock-free slot, so the
/// usual create-evaluate-dispose cycle on a thread takes no lock.
/// </summary>
internal sealed class SessionPool
{
    private readonly Lock _lock = new();
    private readonly Stack<SessionCore> _cores = new();
    private readonly int _capacity = Math.Max(4, Environment.ProcessorCount * 4);
    private SessionCore? _slot;

    public SessionCore? TryRent()
    {
        var core = Interlocked.Exchange(ref _slot, null);
        if (core is not null)
        {
            return core;
        }

        lock (_lock)
        {
            return _cores.Count > 0 ? _cores.Pop() : null;
        }
    }

    /// <summary>
    /// Takes a core back. The slot is filled with a plain write: two threads returning at once may
    /// both see it empty, and one core is then dropped (collected, never handed out twice), which is
    /// cheaper than a fence on every return.
    /// </summary>
    public void Return(SessionCore core)
    {
        if (Volatile.Read(ref _slot) is null)
        {
            Volatile.Write(ref _slot, core);
            return;
        }

        lock (_lock)
        {
            if (_cores.Count < _capacity)
            {
                _cores.Push(core);
            }
        }
    }
}
