using System.Globalization;
using BenchmarkDotNet.Reports;

namespace LoyaltyRules.Benchmarks.Evaluation;

/// <summary>The evaluation suite's figures; the goal's line comes last.</summary>
internal static class EvaluationReport
{
    public static void Print(Summary summary, TextWriter output)
    {
        double Microseconds(int history) =>
            summary.Reports.Single(r => (int)r.BenchmarkCase.Parameters["History"] == history).ResultStatistics!.Mean / 1_000;

        var small = Microseconds(10);
        var large = Microseconds(100_000);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"record one purchase: history 10 {small:0} us, history 100000 {large:0} us"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratio history100000/history10 {large / small:0.00}"));
    }
}
