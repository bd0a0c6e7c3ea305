using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace LoyaltyRules.Benchmarks;

/// <summary>
/// BenchmarkDotNet settings. Quick: an in-process run with ten measured iterations, enough to keep
/// ratios steady on a shared two-core machine in a few minutes. Full: BenchmarkDotNet's default
/// job, each benchmark in its own process.
/// </summary>
internal static class BenchmarkConfig
{
    public static IConfig Create(bool quick, string artifacts) =>
        Configure(quick
            ? Job.ShortRun.WithWarmupCount(4).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("quick")
            : Job.Default.WithId("full"), artifacts);

    /// <summary>
    /// For operations of a second or so (compiling 10,000 rules): one invocation per iteration;
    /// quick measures six iterations after two warm-ups in process, full fifteen in its own process.
    /// </summary>
    public static IConfig CreateLong(bool quick, string artifacts)
    {
        var job = Job.Default.WithInvocationCount(1).WithUnrollFactor(1);
        return Configure(quick
            ? job.WithWarmupCount(2).WithIterationCount(6).WithToolchain(InProcessEmitToolchain.Instance).WithId("quick")
            : job.WithWarmupCount(3).WithIterationCount(15).WithId("full"), artifacts);
    }

    private static ManualConfig Configure(Job job, string artifacts)
    {
        return ManualConfig.CreateEmpty()
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray())
            .AddLogger(ConsoleLogger.Default)
            .AddExporter(MarkdownExporter.GitHub)
            .WithArtifactsPath(artifacts)
            .WithOptions(ConfigOptions.JoinSummary);
    }
}
