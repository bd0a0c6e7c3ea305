namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// One scenario against a fresh session and the activation model: predicts the agenda after every
/// step and the firings of every Fire, and fails on the first difference.
/// </summary>
internal sealed class FiringOrderRun
{
    private readonly ISessionFactory _factory;
    private readonly ReferenceEvaluator _reference;
    private readonly FactUniverse _universe = new();
    private readonly WorkingMemoryModel _memory = new();
    private readonly ActivationModel _model;
    private readonly List<string> _fired = [];

    public FiringOrderRun(ISessionFactory factory, ReferenceEvaluator reference)
    {
        _factory = factory;
        _reference = reference;
        _model = new ActivationModel(_universe, _memory);
    }

    public void Check(Scenario scenario)
    {
        using var session = _factory.CreateSession();
        session.Events.RuleFiring += (_, firing) => _fired.Add(MatchText.FiringOf(firing, _universe));
        _model.Advance(_reference.Evaluate(_memory.Facts), null);
        ScenarioSteps.Run(scenario, operation => Step(session, operation), () => CompareAgenda(session), _memory.ToString);
    }

    private void Step(ISession session, Operation operation)
    {
        if (!operation.IsFiring)
        {
            OperationApplier.Apply(operation, session, _universe, _memory, updated => _model.Advance(_reference.Evaluate(_memory.Facts), updated));
            return;
        }

        var pending = _model.PendingInFiringOrder();
        IReadOnlyList<ReferenceMatch> expected = operation.Kind == OperationKind.Fire ? pending : [.. pending.Take(operation.First)];
        var resultsBefore = session.Results.Count;
        _fired.Clear();
        var count = operation.Kind == OperationKind.Fire ? session.Fire() : session.Fire(operation.First);
        var expectedText = expected.Select(match => MatchText.FiringOf(match, _universe)).ToList();
        if (Mismatch.Describe(expectedText, _fired, ordered: true) is { } problem)
        {
            Assert.Fail($"The rules fired (actual) differ from the predicted firings (expected):\n{problem}");
        }

        Assert.True(count == expected.Count, $"Fire returned {count}; {expected.Count} rules fired.");
        var emitted = session.Results.Skip(resultsBefore).Select(result => result.Rule.Name).ToList();
        Assert.True(
            emitted.SequenceEqual(expected.Select(match => match.Rule.Name), StringComparer.Ordinal),
            $"Results gained [{string.Join(", ", emitted)}]; each firing emits its rule's name once, in firing order.");
        _model.MarkFired(expected);
    }

    private void CompareAgenda(ISession session)
    {
        var expected = _model.PendingInFiringOrder().Select(match => MatchText.Of(match, _universe)).ToList();
        var actual = session.GetAgenda().Select(activation => MatchText.Of(activation, _universe)).ToList();
        if (Mismatch.Describe(expected, actual, ordered: true) is { } problem)
        {
            Assert.Fail($"The agenda (actual) differs from the predicted pending activations in firing order (expected):\n{problem}");
        }
    }
}
