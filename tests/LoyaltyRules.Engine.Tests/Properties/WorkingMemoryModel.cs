namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// What working memory should hold: the facts in insertion order, each with its insertion sequence
/// (kept by updates, renewed by a retract and a new insert). Facts are compared by reference.
/// </summary>
internal sealed class WorkingMemoryModel
{
    private readonly List<object> _facts = [];
    private readonly Dictionary<object, long> _sequences = new(ReferenceEqualityComparer.Instance);
    private long _lastSequence;

    public IReadOnlyList<object> Facts => _facts;

    public bool Contains(object fact) => _sequences.ContainsKey(fact);

    public void Insert(object fact)
    {
        _facts.Add(fact);
        _sequences.Add(fact, ++_lastSequence);
    }

    public void Retract(object fact)
    {
        _facts.RemoveAt(_facts.FindIndex(f => ReferenceEquals(f, fact)));
        _sequences.Remove(fact);
    }

    /// <summary>When <paramref name="fact"/> was inserted, relative to the other facts.</summary>
    public long SequenceOf(object fact) => _sequences[fact];

    public override string ToString() =>
        _facts.Count == 0 ? "(empty)" : string.Join(", ", _facts.Select(f => f.ToString()));
}
