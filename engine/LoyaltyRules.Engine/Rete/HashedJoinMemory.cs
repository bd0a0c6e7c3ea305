namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A hashed join's session memory: its output, plus an index of right facts by key and (while the
/// join is active) an index of left tokens by key.
/// </summary>
internal abstract class HashedJoinMemory : BetaMemory
{
    protected HashedJoinMemory() => Hashed = this;

    /// <summary>True while the left index mirrors the parent's tokens (the join is active).</summary>
    public bool LeftIndexed;

    public abstract void AddRight(Fact fact);

    public abstract void RemoveRight(Fact fact);

    public abstract void RekeyRight(Fact fact);

    public abstract void AddLeft(Token token);

    public abstract void RemoveLeft(Token token);

    public abstract void RekeyLeft(Token token);

    /// <summary>The right facts whose key equals <paramref name="left"/>'s current key (null when none).</summary>
    public abstract List<Fact>? RightMatches(Token left);

    /// <summary>The left tokens whose key equals <paramref name="right"/>'s current key (null when none).</summary>
    public abstract List<Token>? LeftMatches(Fact right);

    /// <summary>Rebuilds the left index from the parent's tokens.</summary>
    public void IndexLeft(BetaMemory parent)
    {
        ClearLeft();
        for (var token = parent.First; token is not null; token = token.NextInNode)
        {
            AddLeft(token);
        }

        LeftIndexed = true;
    }

    public abstract void ClearLeft();

    public abstract void ClearRight();

    public override void Reset(BetaNode node)
    {
        base.Reset(node);
        ClearLeft();
        ClearRight();
    }
}
