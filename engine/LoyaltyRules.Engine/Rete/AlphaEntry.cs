namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A fact's place in one alpha memory (doubly linked, so removal is O(1)). Pooled by the session.
/// The links are pool indexes (-1 for none), not references: they change with every fact entered,
/// and storing an integer costs no write barrier.
/// </summary>
internal sealed class AlphaEntry
{
    public Fact Fact = null!;
    public AlphaMemoryNode Node = null!;

    /// <summary>This entry's index in its session's pool.</summary>
    public int Index = -1;

    public int Previous = -1;
    public int Next = -1;

    /// <summary>The fact's next entry (in another memory).</summary>
    public int NextOfFact = -1;
}
