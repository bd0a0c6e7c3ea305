using System.Globalization;
using BenchmarkDotNet.Reports;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>Turns the engine suite's summary into the figures the goals are stated in; the ratio lines come last.</summary>
internal static class EngineReport
{
    public static void Print(Summary summary, TextWriter output)
    {
        double Mean(Type type, string method, string? parameter = null, object? value = null) => Find(summary, type, method, parameter, value).ResultStatistics!.Mean;
        long Allocated(string method)
        {
            var report = Find(summary, typeof(EvaluationBenchmarks), method, null, null);
            return report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? -1;
        }

        var evaluation = typeof(EvaluationBenchmarks);
        var scalingType = typeof(ScalingBenchmarks);
        var joins = typeof(JoinBenchmarks);
        var ours = Mean(evaluation, nameof(EvaluationBenchmarks.Ours));
        var handwritten = Mean(evaluation, nameof(EvaluationBenchmarks.Handwritten));
        var rulesEngine = Mean(evaluation, nameof(EvaluationBenchmarks.RulesEngine));
        var scaling = Mean(scalingType, nameof(ScalingBenchmarks.Ours), nameof(ScalingBenchmarks.Rules), 10_000) / Mean(scalingType, nameof(ScalingBenchmarks.Ours), nameof(ScalingBenchmarks.Rules), 50);

        output.WriteLine();
        output.WriteLine(Line($"(a) per evaluation: ours {ours:0} ns, hand-written {handwritten:0} ns, RulesEngine {rulesEngine:0} ns"));
        output.WriteLine(Line($"(a) allocated per evaluation: ours {Allocated(nameof(EvaluationBenchmarks.Ours))} B, hand-written {Allocated(nameof(EvaluationBenchmarks.Handwritten))} B, RulesEngine {Allocated(nameof(EvaluationBenchmarks.RulesEngine))} B"));
        foreach (var rules in new[] { 50, 1_000, 10_000 })
        {
            output.WriteLine(Line($"(b) {rules} rules: {Mean(scalingType, nameof(ScalingBenchmarks.Ours), nameof(ScalingBenchmarks.Rules), rules):0} ns per event"));
        }

        foreach (var facts in new[] { 10, 100, 1_000 })
        {
            var nested = Mean(joins, nameof(JoinBenchmarks.NestedLoopJoin), nameof(JoinBenchmarks.FactsPerSide), facts);
            var hashed = Mean(joins, nameof(JoinBenchmarks.HashJoin), nameof(JoinBenchmarks.FactsPerSide), facts);
            output.WriteLine(Line($"(c) {facts} facts per side: hash join {hashed / 1000:0.0} us, nested loop {nested / 1000:0.0} us, speed-up {nested / hashed:0.0}x"));
        }

        output.WriteLine(Line($"ratio rulesengine/ours {rulesEngine / ours:0.00}"));
        output.WriteLine(Line($"ratio ours/handwritten {ours / handwritten:0.00}"));
        output.WriteLine(Line($"scaling 10000/50 {scaling:0.00}"));
    }

    private static BenchmarkReport Find(Summary summary, Type type, string method, string? parameter, object? value) =>
        summary.Reports.Single(r =>
            r.BenchmarkCase.Descriptor.Type == type
            && r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method
            && (parameter is null || Equals(r.BenchmarkCase.Parameters[parameter], value)));

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
