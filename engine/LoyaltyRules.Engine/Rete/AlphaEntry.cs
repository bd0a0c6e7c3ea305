namespace LoyaltyRules.Engine.Rete;

/// <summary>A fact's place in one alpha memory (doubly linked, so removal is O(1)). Pooled by the session.</summary>
internal sealed class AlphaEntry
{
    public Fact Fact = null!;
    public AlphaMemoryNode Node = null!;
    public AlphaEntry? Previous;
    public AlphaEntry? Next;

    /// <summary>The fact's next entry (in another memory).</summary>
    public AlphaEntry? NextOfFact;

}
