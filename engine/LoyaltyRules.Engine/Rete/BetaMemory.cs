namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// One session's state of one beta node: the tokens it propagates, in creation order, and which of
/// its children are active (a join child is inactive while its alpha memory is empty).
/// </summary>
internal class BetaMemory
{
    public Token? First;
    public Token? Last;
    public int Count;

    public readonly NodeList ActiveChildren = new();

    /// <summary>
    /// This memory as a hashed join's, or null: a field read, where a type test against the
    /// (unsealed) hashed memory type would call the runtime's cast helper on every join activation.
    /// </summary>
    public HashedJoinMemory? Hashed { get; protected init; }

    /// <summary>True once <see cref="ActiveChildren"/> differs from the node's always-active children.</summary>
    public bool ActiveChanged;

    /// <summary>The session generation this memory belongs to; in a later one it is stale and is reset when next used.</summary>
    public long Generation;

    /// <summary>
    /// False when nothing walks this node's output (no child takes it as left input of a join, not,
    /// exists or aggregate): the tokens are then counted and flagged but not linked, saving the
    /// write barriers of the links. Set by the session from <see cref="BetaNode.ListsOutput"/>.
    /// </summary>
    public bool Listed = true;

    public void AddOutput(Token token)
    {
        token.InOutput = true;
        if (!Listed)
        {
            Count++;
            return;
        }

        token.NextInNode = null;
        if (Last is null)
        {
            // Null stored as a constant: no write barrier.
            token.PreviousInNode = null;
            First = token;
        }
        else
        {
            token.PreviousInNode = Last;
            Last.NextInNode = token;
        }

        Last = token;
        Count++;
    }

    public void RemoveOutput(Token token)
    {
        if (!Listed)
        {
            token.InOutput = false;
            Count--;
            return;
        }

        if (token.PreviousInNode is null)
        {
            First = token.NextInNode;
        }
        else
        {
            token.PreviousInNode.NextInNode = token.NextInNode;
        }

        if (token.NextInNode is null)
        {
            Last = token.PreviousInNode;
        }
        else
        {
            token.NextInNode.PreviousInNode = token.PreviousInNode;
        }

        token.PreviousInNode = null;
        token.NextInNode = null;
        token.InOutput = false;
        Count--;
    }

    /// <summary>Empties the memory for reuse; every alpha memory is empty then, so only always-active children stay active.</summary>
    public virtual void Reset(BetaNode node)
    {
        First = null;
        Last = null;
        Count = 0;
        if (ActiveChanged)
        {
            ActiveChildren.Clear();
            ActiveChildren.AddRange(node.AlwaysActiveChildren);
            ActiveChanged = false;
        }
    }
}
