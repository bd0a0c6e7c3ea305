namespace LoyaltyRules.Engine.Rete;

/// <summary>A beta node that also takes facts from an alpha memory (its right input): join, not, exists, aggregate.</summary>
internal abstract class RightInputNode(int id, BetaNode leftParent, int outputDepth, AlphaMemoryNode right, bool wantsLinkNotices = false)
    : BetaNode(id, leftParent, outputDepth)
{
    public AlphaMemoryNode Right { get; } = right;

    /// <summary>A fact entered the alpha memory.</summary>
    public abstract void RightAssert(SessionCore session, Fact fact);

    /// <summary>A fact in the alpha memory was updated and still belongs there.</summary>
    public abstract void RightModify(SessionCore session, Fact fact);

    /// <summary>A fact left the alpha memory.</summary>
    public abstract void RightRetract(SessionCore session, Fact fact);

    /// <summary>Whether <see cref="OnRelinked"/> and <see cref="OnUnlinked"/> do anything (only a hashed join rebuilds an index). A field, read on every relink.</summary>
    public bool WantsLinkNotices { get; } = wantsLinkNotices;

    /// <summary>Called when the node becomes active under its parent again (its alpha memory filled up).</summary>
    public virtual void OnRelinked(SessionCore session, BetaMemory parentMemory)
    {
    }

    /// <summary>Called when the node stops being active under its parent (its alpha memory emptied).</summary>
    public virtual void OnUnlinked(SessionCore session)
    {
    }
}
