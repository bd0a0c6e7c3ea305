using System.Collections.Frozen;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// Stands for many sibling selection nodes of the form <c>fact.Member == constant</c> on the same
/// member: one hash lookup instead of one test per constant, so a thousand rules keyed on different
/// merchants cost what one does.
/// </summary>
/// <remarks>A frozen dictionary: built once per network, its lookups are faster than a <see cref="Dictionary{TKey, TValue}"/>'s (for strings, an ordinal comparer chosen for the constants).</remarks>
internal sealed class AlphaHashNode<TKey>(Func<object, TKey> key, FrozenDictionary<TKey, SelectionNode> targets, NodeRules rules) : AlphaNode
    where TKey : notnull
{
    public int Count => targets.Count;

    public override void Reach(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached)
    {
        TKey value;
        try
        {
            value = key(fact.Object);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw rules.EvaluationFailed("hash key of " + string.Join(" | ", targets.Values.Take(3)), [fact.Object], ex);
        }

        // The lookup is the equality test: the target's own test need not run again. Constants are
        // never null, so a null key matches none of them.
        if (value is not null && targets.TryGetValue(value, out var target))
        {
            target.ReachBelow(session, fact, reached);
        }
    }

    public override string ToString() => $"HashDispatch({targets.Count} constants)";
}
