namespace LoyaltyRules.Engine.Rete;

/// <summary>The entry of the alpha network for facts of a type (and of types derived from it).</summary>
internal sealed class TypeNode(Type factType) : AlphaNode
{
    public Type FactType { get; } = factType;

    public override void Reach(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached) => ReachBelow(session, fact, reached);

    public override string ToString() => $"Type({FactType.Name})";
}
