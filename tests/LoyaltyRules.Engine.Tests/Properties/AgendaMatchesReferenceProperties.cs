using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Without firing, every match is pending: after every insert, update, retract and batch the engine's
/// agenda must hold exactly the matches a brute-force evaluation of working memory finds, and
/// <c>Query</c> and <c>Contains</c> must agree with working memory.
/// </summary>
public sealed class AgendaMatchesReferenceProperties
{
    [Fact]
    public void GetAgenda_AfterEveryChangeToWorkingMemory_EqualsBruteForceMatchesAsMultiset()
    {
        var factory = RuleCompiler.Compile(TestRuleSet.Rules);
        var reference = new ReferenceEvaluator(TestRuleSet.Rules);
        Prop.ForAll(ScenarioArbitrary.Create(withFiring: false), scenario => Check(scenario, factory, reference))
            .Check(PropertyRuns.Config);
    }

    private static void Check(Scenario scenario, ISessionFactory factory, ReferenceEvaluator reference)
    {
        var universe = new FactUniverse();
        var memory = new WorkingMemoryModel();
        using var session = factory.CreateSession();
        ScenarioSteps.Run(
            scenario,
            operation => OperationApplier.Apply(operation, session, universe, memory, _ => { }),
            () => CompareWithReference(session, reference, universe, memory),
            memory.ToString);
    }

    private static void CompareWithReference(ISession session, ReferenceEvaluator reference, FactUniverse universe, WorkingMemoryModel memory)
    {
        var expected = reference.Evaluate(memory.Facts).Select(match => MatchText.Of(match, universe)).ToList();
        var actual = session.GetAgenda().Select(activation => MatchText.Of(activation, universe)).ToList();
        if (Mismatch.Describe(expected, actual, ordered: false) is { } agendaProblem)
        {
            Assert.Fail($"The agenda (actual) differs from the brute-force matches (expected):\n{agendaProblem}");
        }

        CompareQuery<Customer>(session, memory, universe);
        CompareQuery<Order>(session, memory, universe);
        foreach (var fact in universe.Facts)
        {
            Assert.True(session.Contains(fact) == memory.Contains(fact), $"Contains({MatchText.Value(fact, universe)}) is {session.Contains(fact)}.");
        }
    }

    private static void CompareQuery<T>(ISession session, WorkingMemoryModel memory, FactUniverse universe)
        where T : class
    {
        var expected = memory.Facts.OfType<T>().Select(fact => MatchText.Value(fact, universe)).ToList();
        var actual = session.Query<T>().Select(fact => MatchText.Value(fact, universe)).ToList();
        if (Mismatch.Describe(expected, actual, ordered: true) is { } queryProblem)
        {
            Assert.Fail($"Query<{typeof(T).Name}>() (actual) differs from working memory in insertion order (expected):\n{queryProblem}");
        }
    }
}
