using System.Globalization;
using System.Runtime;

namespace LoyaltyRules.Benchmarks.Host;

/// <summary>
/// How much processor time a process has spent compiling so far: the signal that its warm-up is
/// over. Under load, .NET keeps recompiling hot methods at a higher tier for many seconds (on two
/// busy cores the host's tiering thread took 40% of a core for the first 25 s): measuring during
/// that time measures the JIT, not the host.
/// </summary>
internal abstract class CompilerActivity
{
    /// <summary>Processor time spent compiling since the process started, or null when it cannot be read.</summary>
    public abstract TimeSpan? Total();

    /// <summary>This process: the runtime counts the time every thread spent in the JIT.</summary>
    public static CompilerActivity OfThisProcess() => new InProcess();

    /// <summary>
    /// Another .NET process on Linux: the processor time of its tiered-compilation thread, which
    /// recompiles hot methods in the background (what goes on longest); null elsewhere.
    /// </summary>
    public static CompilerActivity OfProcess(int processId) => new TieringThread(processId);

    private sealed class InProcess : CompilerActivity
    {
        public override TimeSpan? Total() => JitInfo.GetCompilationTime(currentThread: false);
    }

    private sealed class TieringThread(int processId) : CompilerActivity
    {
        /// <summary>The kernel reports thread times in clock ticks of 1/100 s (USER_HZ, fixed on Linux).</summary>
        private const double TicksPerSecond = 100;

        public override TimeSpan? Total()
        {
            var tasks = $"/proc/{processId.ToString(CultureInfo.InvariantCulture)}/task";
            if (!Directory.Exists(tasks))
            {
                return null;
            }

            try
            {
                foreach (var task in Directory.EnumerateDirectories(tasks))
                {
                    if (File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered Com", StringComparison.Ordinal))
                    {
                        return TimeSpan.FromSeconds(CpuTicks(File.ReadAllText(Path.Combine(task, "stat"))) / TicksPerSecond);
                    }
                }
            }
            catch (IOException)
            {
                // The thread or the process ended while being read.
                return null;
            }

            // No tiering thread (yet, or tiered compilation is off): nothing compiles in the background.
            return TimeSpan.Zero;
        }

        /// <summary>User plus system time from a /proc stat line (fields 14 and 15; the name in parentheses may hold spaces).</summary>
        private static long CpuTicks(string stat)
        {
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
    }
}
