namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Predicts the agenda: which current matches are pending and which have fired, following
/// <see cref="ActivationTransitions"/>. Activations are identified by rule, alternative and facts.
/// </summary>
internal sealed class ActivationModel(FactUniverse universe, WorkingMemoryModel memory)
{
    private Dictionary<string, ModelEntry> _entries = new(StringComparer.Ordinal);

    /// <summary>Moves to <paramref name="matches"/>, the matches after a change that updated <paramref name="updated"/> (null for inserts and retracts).</summary>
    public void Advance(IReadOnlyList<ReferenceMatch> matches, object? updated)
    {
        var next = new Dictionary<string, ModelEntry>(StringComparer.Ordinal);
        foreach (var match in matches)
        {
            var key = MatchText.IdentityOf(match, universe);
            var state = _entries.TryGetValue(key, out var before)
                ? ActivationTransitions.Next(before, match, updated, universe)
                : ActivationState.Pending;
            if (!next.TryAdd(key, new ModelEntry(match, state)))
            {
                throw new InvalidOperationException($"Two reference matches share the identity {key}; the test rules must not allow that.");
            }
        }

        _entries = next;
    }

    /// <summary>The pending matches in the documented firing order.</summary>
    public IReadOnlyList<ReferenceMatch> PendingInFiringOrder() =>
        [.. _entries.Values.Where(e => e.State == ActivationState.Pending).Select(e => e.Match).Order(new FiringOrderComparer(memory))];

    public void MarkFired(IEnumerable<ReferenceMatch> fired)
    {
        foreach (var match in fired)
        {
            var key = MatchText.IdentityOf(match, universe);
            _entries[key] = _entries[key] with { State = ActivationState.Fired };
        }
    }
}
