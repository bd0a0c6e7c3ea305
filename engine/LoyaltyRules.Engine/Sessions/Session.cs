using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine;

/// <summary>
/// The public face of a pooled <see cref="SessionCore"/>. Disposing detaches the core and hands it
/// back to the factory, so a disposed session can never touch a core another session now uses.
/// </summary>
internal sealed class Session(SessionFactory factory, SessionCore core) : ISession
{
    private SessionCore? _core = core;

    private SessionCore Core => _core ?? throw new ObjectDisposedException(nameof(ISession), "The session was disposed; its memory is being reused.");

    public SessionOptions Options => Core.Options;

    public SessionEvents Events => Core.EventsForSubscription(this);

    public IReadOnlyList<RuleResult> Results => Core.Results;

    public SessionTrace Trace => Core.Trace;

    public void Insert(object fact)
    {
        if (!Core.TryInsert(fact))
        {
            throw new ArgumentException($"The fact is already in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryInsert(object fact) => Core.TryInsert(fact);

    public void InsertAll(IEnumerable<object> facts)
    {
        var batch = Batch(facts);
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var problems = batch.Where(f => !seen.Add(f) || Core.Contains(f)).ToArray();
        if (problems.Length > 0)
        {
            throw new ArgumentException(
                $"Nothing was inserted: {problems.Length} fact(s) are already in working memory or listed twice, the first being {problems[0]}", nameof(facts));
        }

        foreach (var fact in batch)
        {
            Core.TryInsert(fact);
        }
    }

    public int TryInsertAll(IEnumerable<object> facts) => Batch(facts).Count(f => Core.TryInsert(f));

    public void Update(object fact)
    {
        if (!Core.TryUpdate(fact))
        {
            throw new ArgumentException($"The fact is not in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryUpdate(object fact) => Core.TryUpdate(fact);

    public void UpdateAll(IEnumerable<object> facts)
    {
        var batch = Batch(facts);
        RequireAllPresent(batch, "updated", nameof(facts));
        foreach (var fact in batch)
        {
            Core.TryUpdate(fact);
        }
    }

    public int TryUpdateAll(IEnumerable<object> facts) => Batch(facts).Count(Core.TryUpdate);

    public void Retract(object fact)
    {
        if (!Core.TryRetract(fact))
        {
            throw new ArgumentException($"The fact is not in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryRetract(object fact) => Core.TryRetract(fact);

    public void RetractAll(IEnumerable<object> facts)
    {
        var batch = Batch(facts);
        RequireAllPresent(batch, "retracted", nameof(facts));
        foreach (var fact in batch)
        {
            Core.TryRetract(fact);
        }
    }

    public int TryRetractAll(IEnumerable<object> facts) => Batch(facts).Count(Core.TryRetract);

    public int Fire() => Core.Fire(int.MaxValue);

    public int Fire(int maxRules) => Core.Fire(maxRules);

    public IEnumerable<T> Query<T>() => Core.Query<T>().ToArray();

    public bool Contains(object fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Core.Contains(fact);
    }

    public IReadOnlyList<ActivationInfo> GetAgenda() =>
        [.. Core.Agenda.Snapshot().Select(a => new ActivationInfo(a.Terminal.Rule.Definition, a.Terminal.Alternative, a.Terminal.Layout.Values(a.Tuple)))];

    public RuleMiss? ExplainWhyNot(string ruleName)
    {
        ArgumentNullException.ThrowIfNull(ruleName);
        var core = Core;
        if (!core.Network.RulesByName.TryGetValue(ruleName, out var rule))
        {
            throw new ArgumentException($"The rule set has no rule named '{ruleName}'.", nameof(ruleName));
        }

        return core.ExplainWhyNot(rule);
    }

    /// <summary>Hands the core back (once). A session is single-threaded, so no interlocked exchange: it would cost a full fence per evaluation.</summary>
    public void Dispose()
    {
        var core = _core;
        if (core is not null)
        {
            _core = null;
            factory.Return(core);
        }
    }

    private static List<object> Batch(IEnumerable<object> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var batch = facts.ToList();
        if (batch.Contains(null!))
        {
            throw new ArgumentException("A fact in the batch is null.", nameof(facts));
        }

        return batch;
    }

    private void RequireAllPresent(List<object> batch, string verb, string parameter)
    {
        var missing = batch.Where(f => !Core.Contains(f)).ToArray();
        if (missing.Length > 0)
        {
            throw new ArgumentException(
                $"Nothing was {verb}: {missing.Length} fact(s) are not in working memory, the first being {missing[0]}", parameter);
        }
    }
}
