using System.Diagnostics;

namespace LoyaltyRules.Benchmarks.Host;

/// <summary>Latencies and throughput of one load phase.</summary>
internal sealed class LoadRun
{
    private readonly List<double> _milliseconds = [];
    private readonly object _gate = new();
    private int _errors;

    public int Count => _milliseconds.Count;

    public int Errors => _errors;

    public TimeSpan Elapsed { get; set; }

    public double Throughput => Count / Elapsed.TotalSeconds;

    public void Record(long startTimestamp, bool success)
    {
        var milliseconds = Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds;
        lock (_gate)
        {
            if (success)
            {
                _milliseconds.Add(milliseconds);
            }
            else
            {
                _errors++;
            }
        }
    }

    public double Percentile(double p)
    {
        lock (_gate)
        {
            if (_milliseconds.Count == 0)
            {
                return double.NaN;
            }

            var sorted = _milliseconds.Order().ToArray();
            return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
        }
    }
}
