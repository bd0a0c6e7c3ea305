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

    public void AddOutput(Token token)
    {
        token.InOutput = true;
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
