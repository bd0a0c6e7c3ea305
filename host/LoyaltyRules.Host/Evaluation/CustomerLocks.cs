namespace LoyaltyRules.Host.Evaluation;

/// <summary>
/// Serialises the evaluations of one customer within this host (striped locks: a fixed number,
/// chosen by the customer id's hash), so that concurrent posts for a customer queue instead of
/// racing to the same stream version. Hosts still race each other; the stream's optimistic
/// concurrency catches that and the evaluation is retried.
/// </summary>
public sealed class CustomerLocks
{
    private readonly SemaphoreSlim[] _stripes;

    /// <summary>Creates <paramref name="stripes"/> locks.</summary>
    public CustomerLocks(int stripes = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stripes, 1);
        _stripes = [.. Enumerable.Range(0, stripes).Select(_ => new SemaphoreSlim(1, 1))];
    }

    /// <summary>Waits for the customer's lock; dispose the result to release it.</summary>
    public async Task<IDisposable> AcquireAsync(string customerId, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(customerId);
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(customerId) % (uint)_stripes.Length)];
        await stripe.WaitAsync(cancellation).ConfigureAwait(false);
        return new Releaser(stripe);
    }

    private sealed class Releaser(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
