using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// The same operations give the same agenda after every step and the same firings: on a fresh
/// session; on a second session of the same factory, after the first returned its pooled memory; on
/// two live sessions of that factory driven in lockstep; and on a session of a second factory
/// compiled from a fresh copy of the same rules.
/// </summary>
public sealed class DeterminismProperties
{
    [Fact]
    public void Fire_SameOperationsOnFreshSessionsAndFactories_GiveIdenticalTranscripts()
    {
        var factory = RuleCompiler.Compile(TestRuleSet.Rules);
        var otherFactory = RuleCompiler.Compile(TestRuleSet.Build());
        Prop.ForAll(
                ScenarioArbitrary.Create(withFiring: true),
                scenario =>
                {
                    var first = Transcript.Record(factory, scenario);
                    var second = Transcript.Record(factory, scenario);
                    var (left, right) = Transcript.RecordInterleaved(factory, scenario);
                    var other = Transcript.Record(otherFactory, scenario);
                    AssertSame(scenario, first, second, "a second session of the same factory");
                    AssertSame(scenario, first, left, "the first of two live sessions driven in lockstep");
                    AssertSame(scenario, first, right, "the second of two live sessions driven in lockstep");
                    AssertSame(scenario, first, other, "a session of a second factory compiled from the same rules");
                })
            .Check(PropertyRuns.Config);
    }

    private static void AssertSame(Scenario scenario, IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        if (Mismatch.Describe(expected, actual, ordered: true) is null)
        {
            return;
        }

        var firstDifference = Enumerable.Range(0, Math.Max(expected.Count, actual.Count))
            .First(i => i >= expected.Count || i >= actual.Count || !string.Equals(expected[i], actual[i], StringComparison.Ordinal));
        Assert.Fail(
            $"{what} behaved differently from the first session on\n{scenario.Describe(-1)}"
            + $"first difference at transcript line {firstDifference + 1}:\n"
            + $"  first session: {Line(expected, firstDifference)}\n  {what}: {Line(actual, firstDifference)}\n"
            + $"first session's transcript:\n{string.Join("\n", expected)}\n{what}'s transcript:\n{string.Join("\n", actual)}");
    }

    private static string Line(IReadOnlyList<string> lines, int index) => index < lines.Count ? lines[index] : "(transcript ended)";
}
