namespace LoyaltyRules.Engine.Rete;

/// <summary>The entry of the alpha network for facts of a type (and of types derived from it).</summary>
internal sealed class TypeNode(Type factType, int index) : AlphaNode
{
    public Type FactType { get; } = factType;

    /// <summary>This node's place among the network's type nodes.</summary>
    public int Index { get; } = index;

    /// <summary>
    /// True when every alpha memory below this node can sleep: until one of them wakes in a session,
    /// a fact entering here reaches nothing, and its tests need not run (waking tests every fact).
    /// </summary>
    public bool AllMemoriesSleep { get; set; }

    public override void Reach(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached) => ReachBelow(session, fact, reached);

    public override string ToString() => $"Type({FactType.Name})";
}
