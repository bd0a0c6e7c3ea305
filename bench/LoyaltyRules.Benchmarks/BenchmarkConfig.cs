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
    public static IConfig Create(bool quick, string artifacts)
    {
        var job = quick
            ? Job.ShortRun.WithWarmupCount(4).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance).WithId("quick")
            : Job.Default.WithId("full");
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
