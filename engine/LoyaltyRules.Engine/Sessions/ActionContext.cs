using LoyaltyRules.Engine.Agenda;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>The <see cref="IContext"/> actions receive; one per session, pointed at the firing activation.</summary>
internal sealed class ActionContext(SessionCore core) : IContext
{
    private IReadOnlyDictionary<string, object?>? _match;

    /// <summary>The firing activation, kept by the core alone (one reference store per firing, not two).</summary>
    private Activation Activation => core.Current ?? throw new InvalidOperationException("The action context is used outside of a firing action.");

    public RuleDefinition Rule => Activation.Terminal.Rule.Definition;

    public IReadOnlyDictionary<string, object?> Match => _match ??= Activation.Terminal.Layout.ToDictionary(Activation.Tuple);

    /// <summary>Forgets the match of the firing that ended (so the next firing starts without one).</summary>
    public void End() => _match = null;

    public void Insert(object fact)
    {
        if (!core.TryInsert(fact))
        {
            throw new ArgumentException($"Rule '{Rule.Name}' inserted a fact that is already in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryInsert(object fact) => core.TryInsert(fact);

    public void Update(object fact)
    {
        if (!core.TryUpdate(fact))
        {
            throw new ArgumentException($"Rule '{Rule.Name}' updated a fact that is not in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryUpdate(object fact) => core.TryUpdate(fact);

    public void Retract(object fact)
    {
        if (!core.TryRetract(fact))
        {
            throw new ArgumentException($"Rule '{Rule.Name}' retracted a fact that is not in working memory: {fact}", nameof(fact));
        }
    }

    public bool TryRetract(object fact) => core.TryRetract(fact);

    public void InsertLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        var activation = LiveActivation();
        if (activation.Linked?.ContainsKey(key) == true)
        {
            throw new ArgumentException($"Rule '{Rule.Name}' already linked a fact under key '{key}'; use UpdateLinked.", nameof(key));
        }

        if (!core.TryInsert(fact, activation, key))
        {
            throw new ArgumentException($"Rule '{Rule.Name}' linked a fact that is already in working memory: {fact}", nameof(fact));
        }
    }

    public void UpdateLinked(object key, object fact)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(fact);
        var activation = LiveActivation();
        if (activation.Linked?.GetValueOrDefault(key) is not { } existing)
        {
            throw new ArgumentException($"Rule '{Rule.Name}' has no fact linked under key '{key}'; use InsertLinked.", nameof(key));
        }

        if (ReferenceEquals(existing.Object, fact))
        {
            core.TryUpdate(fact);
            return;
        }

        core.TryRetract(existing.Object);
        InsertLinked(key, fact);
    }

    public void RetractLinked(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var activation = LiveActivation();
        if (activation.Linked?.GetValueOrDefault(key) is not { } existing)
        {
            throw new ArgumentException($"Rule '{Rule.Name}' has no fact linked under key '{key}'.", nameof(key));
        }

        core.TryRetract(existing.Object);
    }

    public object? GetLinked(object key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Activation.Linked?.GetValueOrDefault(key)?.Object;
    }

    public void Halt() => core.Halt();

    public void Emit(object result) => core.AddResult(Rule, result);

    private Activation LiveActivation()
    {
        var activation = Activation;
        if (core.IsReleased(activation))
        {
            throw new InvalidOperationException($"Rule '{Rule.Name}' can no longer link facts: its match went away during this action.");
        }

        return activation;
    }
}
