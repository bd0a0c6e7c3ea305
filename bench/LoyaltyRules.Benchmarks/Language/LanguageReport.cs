using System.Globalization;
using BenchmarkDotNet.Reports;

namespace LoyaltyRules.Benchmarks.Language;

/// <summary>The language suite's figures; the goal's line comes last.</summary>
internal static class LanguageReport
{
    public static void Print(Summary summary, TextWriter output)
    {
        double Milliseconds(string method) =>
            summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method).ResultStatistics!.Mean / 1_000_000;
        long Megabytes(string method)
        {
            var report = summary.Reports.Single(r => r.BenchmarkCase.Descriptor.WorkloadMethod.Name == method);
            return (report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0) / 1_000_000;
        }

        var compile = Milliseconds(nameof(CompileBenchmarks.Compile));
        var parse = Milliseconds(nameof(CompileBenchmarks.Parse));
        var check = Milliseconds(nameof(CompileBenchmarks.ParseAndCheck));
        output.WriteLine();
        output.WriteLine(Line($"parse {parse:0} ms, bind and analyse {check - parse:0} ms, lower and compile the network {compile - check:0} ms"));
        output.WriteLine(Line($"allocated: compile {Megabytes(nameof(CompileBenchmarks.Compile))} MB, parse {Megabytes(nameof(CompileBenchmarks.Parse))} MB"));
        output.WriteLine(Line($"compile 10000 rules: {compile:0} ms"));
    }

    private static string Line(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
