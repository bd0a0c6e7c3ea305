using BenchmarkDotNet.Running;
using LoyaltyRules.Benchmarks;
using LoyaltyRules.Benchmarks.Audit;
using LoyaltyRules.Benchmarks.Engine;
using LoyaltyRules.Benchmarks.Evaluation;
using LoyaltyRules.Benchmarks.Host;
using LoyaltyRules.Benchmarks.Language;

// ./build.sh bench <name> [--quick]
var name = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
var quick = args.Contains("--quick");
var artifacts = Path.Combine(Path.GetTempPath(), "loyaltyrules-bench", name ?? "none");

switch (name)
{
    case "engine":
        var summary = BenchmarkRunner.Run(
            [typeof(EvaluationBenchmarks), typeof(ScalingBenchmarks), typeof(JoinBenchmarks)],
            BenchmarkConfig.Create(quick, artifacts)).Single();
        if (summary.HasCriticalValidationErrors || summary.Reports.Any(r => !r.Success))
        {
            Console.Error.WriteLine("Some benchmarks failed; see the log above.");
            return 1;
        }

        EngineReport.Print(summary, Console.Out);
        return 0;
    case "dsl":
        var dsl = BenchmarkRunner.Run<CompileBenchmarks>(BenchmarkConfig.CreateLong(quick, artifacts));
        if (dsl.HasCriticalValidationErrors || dsl.Reports.Any(r => !r.Success))
        {
            Console.Error.WriteLine("Some benchmarks failed; see the log above.");
            return 1;
        }

        LanguageReport.Print(dsl, Console.Out);
        return 0;
    case "evaluation":
        var evaluation = BenchmarkRunner.Run<HistoryBenchmarks>(BenchmarkConfig.Create(quick, artifacts));
        if (evaluation.HasCriticalValidationErrors || evaluation.Reports.Any(r => !r.Success))
        {
            Console.Error.WriteLine("Some benchmarks failed; see the log above.");
            return 1;
        }

        EvaluationReport.Print(evaluation, Console.Out);
        return 0;
    case "host":
        return await HostLoadBenchmark.RunAsync(quick, Console.Out);
    case "replay":
        return await ReplayBenchmark.RunAsync(quick, Console.Out);
    default:
        Console.Error.WriteLine($"unknown benchmark '{name}'. Benchmarks: engine, dsl, evaluation, host, replay");
        return 2;
}
