namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Records everything observable about one run of a scenario on its own fresh session and fact
/// objects: after each step the agenda in order, for each Fire the firings in order, and at the end
/// the results. Facts are shown by label, so transcripts of runs on different objects compare.
/// </summary>
internal sealed class Transcript : IDisposable
{
    private readonly ISession _session;
    private readonly FactUniverse _universe = new();
    private readonly WorkingMemoryModel _memory = new();
    private readonly List<string> _lines = [];

    public Transcript(ISessionFactory factory)
    {
        _session = factory.CreateSession();
        _session.Events.RuleFiring += (_, firing) => _lines.Add($"  fired #{firing.Firing}: {MatchText.FiringOf(firing, _universe)}");
        RecordAgenda();
    }

    /// <summary>The transcript of <paramref name="scenario"/> run alone on a session of <paramref name="factory"/>.</summary>
    public static IReadOnlyList<string> Record(ISessionFactory factory, Scenario scenario)
    {
        using var transcript = new Transcript(factory);
        foreach (var operation in scenario.Operations)
        {
            transcript.Step(operation);
        }

        return transcript.Finish();
    }

    /// <summary>The transcripts of <paramref name="scenario"/> run in lockstep on two live sessions of <paramref name="factory"/>.</summary>
    public static (IReadOnlyList<string> First, IReadOnlyList<string> Second) RecordInterleaved(ISessionFactory factory, Scenario scenario)
    {
        using var first = new Transcript(factory);
        using var second = new Transcript(factory);
        foreach (var operation in scenario.Operations)
        {
            first.Step(operation);
            second.Step(operation);
        }

        return (first.Finish(), second.Finish());
    }

    public void Step(Operation operation)
    {
        _lines.Add($"step: {operation}");
        if (operation.IsFiring)
        {
            var count = operation.Kind == OperationKind.Fire ? _session.Fire() : _session.Fire(operation.First);
            _lines.Add($"  Fire returned {count}");
        }
        else
        {
            OperationApplier.Apply(operation, _session, _universe, _memory, _ => { });
        }

        RecordAgenda();
    }

    public IReadOnlyList<string> Finish() =>
        [.. _lines, .. _session.Results.Select(result => $"result #{result.Firing}: {result.Rule.Name} emitted {MatchText.Value(result.Value, _universe)}")];

    public void Dispose() => _session.Dispose();

    private void RecordAgenda() =>
        _lines.AddRange(_session.GetAgenda().Select((activation, i) => $"  agenda {i + 1}: {MatchText.Of(activation, _universe)}"));
}
