namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A node of the alpha network, which sorts single facts into alpha memories. Alpha nodes hold no
/// per-session state: reaching the memories for a fact is a pure function of the fact.
/// </summary>
internal abstract class AlphaNode
{
    private readonly List<AlphaNode> _building = [];

    /// <summary>The child tests, fixed when the network is frozen.</summary>
    public AlphaNode[] Children { get; private set; } = [];

    /// <summary>The memory of facts that pass this node's path, if a pattern ends here.</summary>
    public AlphaMemoryNode? Memory { get; set; }

    /// <summary>The children while the network is being built.</summary>
    public List<AlphaNode> BuildingChildren => _building;

    /// <summary>
    /// Finds every memory below this node that <paramref name="fact"/> belongs to: adds each to
    /// <paramref name="reached"/>, or, when that is null, enters the fact into it at once.
    /// </summary>
    public abstract void Reach(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached);

    /// <summary>Continues below this node, its own test having passed.</summary>
    public void ReachBelow(SessionCore session, Fact fact, List<AlphaMemoryNode>? reached)
    {
        if (Memory is not null)
        {
            if (session.IsDormant(Memory))
            {
                session.SkipDormant(Memory);
            }
            else if (reached is null)
            {
                session.AddToAlpha(Memory, fact);
            }
            else
            {
                reached.Add(Memory);
            }
        }

        var children = Children;
        for (var i = 0; i < children.Length; i++)
        {
            children[i].Reach(session, fact, reached);
        }
    }

    /// <summary>Fixes the children (after hash dispatch has replaced some of them).</summary>
    public void Freeze(IEnumerable<AlphaNode> children)
    {
        Children = [.. children];
        _building.Clear();
    }
}
