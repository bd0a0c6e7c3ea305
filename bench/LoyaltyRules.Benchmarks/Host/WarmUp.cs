using System.Diagnostics;
using System.Globalization;

namespace LoyaltyRules.Benchmarks.Host;

/// <summary>
/// Load before measuring: at least <paramref name="Minimum"/>, then until a slice of it passes with
/// the process barely compiling (under 5% of the slice), at most <paramref name="Maximum"/>. Where
/// compilation cannot be observed, the minimum.
/// </summary>
internal sealed record WarmUp(TimeSpan Minimum, TimeSpan Maximum)
{
    private static readonly TimeSpan Slice = TimeSpan.FromSeconds(2);

    /// <summary>Runs <paramref name="operation"/> under <paramref name="load"/> slice by slice; returns a line saying how it ended.</summary>
    public async Task<string> RunAsync(Func<Func<Task<bool>>, TimeSpan, Task<LoadRun>> load, Func<Task<bool>> operation, CompilerActivity compiler)
    {
        var watch = Stopwatch.StartNew();
        var before = compiler.Total();
        while (true)
        {
            await load(operation, Slice).ConfigureAwait(false);
            var now = compiler.Total();
            var compiling = now - before;
            before = now;
            var elapsed = watch.Elapsed.TotalSeconds.ToString("0", CultureInfo.InvariantCulture);
            if (watch.Elapsed < Minimum)
            {
                continue;
            }

            if (compiling is null)
            {
                return $"warmed up {elapsed} s (compilation could not be observed)";
            }

            if (compiling < Slice * 0.05)
            {
                return $"warmed up {elapsed} s (compiling had stopped: {compiling.Value.TotalMilliseconds:0} ms in the last {Slice.TotalSeconds:0} s)";
            }

            if (watch.Elapsed >= Maximum)
            {
                return $"warmed up {elapsed} s (still compiling: {compiling.Value.TotalMilliseconds:0} ms in the last {Slice.TotalSeconds:0} s)";
            }
        }
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"at least {Minimum.TotalSeconds:0} s, at most {Maximum.TotalSeconds:0} s");
}
