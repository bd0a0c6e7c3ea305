namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A node of the beta network, which combines facts into matches (tokens). Nodes are immutable and
/// shared by sessions; each session keeps a node's tokens in a <see cref="BetaMemory"/> indexed by
/// <see cref="Id"/>. A node receives tokens from its left parent and propagates the tokens it makes
/// to those of its children that are active in the session.
/// </summary>
internal abstract class BetaNode(int id, BetaNode? leftParent, int outputDepth)
{
    private readonly List<BetaNode> _building = [];

    public int Id { get; } = id;

    public BetaNode? LeftParent { get; } = leftParent;

    /// <summary>The left parent's id (-1 for the root): finding the parent's memory need not load the parent.</summary>
    public int LeftParentId { get; } = leftParent?.Id ?? -1;

    /// <summary>The depth of the tokens this node propagates (the root token is depth 0).</summary>
    public int OutputDepth { get; } = outputDepth;

    public NodeRules Rules { get; } = new();

    public BetaNode[] Children { get; private set; } = [];

    /// <summary>Children that receive every token: all but joins, which are unlinked while their alpha memory is empty.</summary>
    public BetaNode[] AlwaysActiveChildren { get; private set; } = [];

    public List<BetaNode> BuildingChildren => _building;

    /// <summary>True for a join: left activations are skipped while its alpha memory is empty (left unlinking).</summary>
    public virtual bool IsLeftUnlinkable => false;

    /// <summary>
    /// The terminal that is this node's only child and keeps its activations on this node's tokens
    /// (see <see cref="TerminalNode.Fused"/>), or null. A terminal is never unlinked, so a token is
    /// handed to it directly rather than through the session's list of active children.
    /// </summary>
    public TerminalNode? FusedTerminal { get; set; }

    /// <summary>Whether a session links this node's output tokens in a list: only children with a right input (and the root's first-level joins) walk it.</summary>
    public bool ListsOutput { get; private set; } = true;

    public void Freeze()
    {
        ListsOutput = LeftParent is null || _building.Any(c => c is RightInputNode);
        Children = [.. _building];
        AlwaysActiveChildren = [.. _building.Where(c => !c.IsLeftUnlinkable)];
        _building.Clear();
    }

    /// <summary>A token arrived from the left parent.</summary>
    public abstract void LeftAssert(SessionCore session, Token left);

    /// <summary>A left token's values changed (an upstream fact was updated): re-evaluate what depends on it.</summary>
    public abstract void LeftModify(SessionCore session, Token left);

    /// <summary>A left token is being removed (its own children, made by this node, are removed by the token tree).</summary>
    public virtual void OnLeftRemoved(SessionCore session, Token left)
    {
    }

    /// <summary>One of this node's own tokens is being removed.</summary>
    public virtual void OnTokenRemoved(SessionCore session, Token token)
    {
    }

    /// <summary>Called just before one of this node's children becomes active in a session.</summary>
    public virtual void PrepareForChild(SessionCore session, BetaMemory memory)
    {
    }

    /// <summary>The per-session memory of this node.</summary>
    public virtual BetaMemory CreateMemory() => new();

    /// <summary>This node's child token of <paramref name="left"/> of the given kind, or null.</summary>
    protected Token? FindChild(SessionCore session, Token left, TokenKind kind)
    {
        for (var child = session.TokenAt(left.FirstChild); child is not null; child = session.TokenAt(child.NextSibling))
        {
            if (child.Node == this && child.Kind == kind)
            {
                return child;
            }
        }

        return null;
    }

    /// <summary>The right-match child of a not, exists or aggregate state token for <paramref name="fact"/>, or null.</summary>
    protected static Token? FindMatch(SessionCore session, Token state, Fact fact)
    {
        for (var child = session.TokenAt(state.FirstChild); child is not null; child = session.TokenAt(child.NextSibling))
        {
            if (child.Kind == TokenKind.RightMatch && child.Fact == fact)
            {
                return child;
            }
        }

        return null;
    }
}
