namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// The facts that pass one alpha path, and the beta nodes that take them as right input. The facts
/// themselves live in the session (<see cref="AlphaMemory"/>, indexed by <see cref="Id"/>).
/// </summary>
internal sealed class AlphaMemoryNode(int id, TypeNode typeNode, SelectionNode[] path)
{
    public int Id { get; } = id;

    /// <summary>The type node this memory's path starts from.</summary>
    public TypeNode TypeNode { get; } = typeNode;

    public Type FactType { get; } = typeNode.FactType;

    /// <summary>The single-fact tests from the type node down to this memory.</summary>
    public SelectionNode[] Path { get; } = path;

    /// <summary>
    /// True when every successor is a first-level join whose children are all joins: then, in a
    /// session, the memory stays dormant (facts are not entered) until one of those joins needs
    /// tokens, and is filled from working memory then.
    /// </summary>
    public bool CanSleep { get; private set; }

    /// <summary>Whether <paramref name="fact"/> passes every test of the path (for filling a dormant memory).</summary>
    public bool Accepts(object fact)
    {
        // The exact type first: IsInstanceOfType goes through reflection's slow cast path.
        if (fact.GetType() != FactType && !FactType.IsInstanceOfType(fact))
        {
            return false;
        }

        foreach (var test in Path)
        {
            if (!test.Test(fact))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Right-input nodes, deepest first: a self-join's descendant must see a fact before its ancestor propagates it.</summary>
    public RightInputNode[] Successors
    {
        get;
        set
        {
            field = value;

            // The root propagates once, when a session starts: being active under it means nothing,
            // so only joins below the first level are linked and unlinked as this memory fills and empties.
            Relinkable = [.. value.Where(s => s.IsLeftUnlinkable && s.LeftParent is not RootNode)];
            CanSleep = value.Length > 0 && value.All(s => s is JoinNode && s.LeftParent is RootNode && s.AlwaysActiveChildren.Length == 0);
        }
    } = [];

    /// <summary>The successors linked to their parent while this memory is not empty.</summary>
    public RightInputNode[] Relinkable { get; private set; } = [];

    public List<RightInputNode> BuildingSuccessors { get; } = [];

    public override string ToString() => $"AlphaMemory#{Id}({FactType.Name})";
}
