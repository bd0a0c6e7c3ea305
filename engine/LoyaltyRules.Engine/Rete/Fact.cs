using LoyaltyRules.Engine.Agenda;

namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A fact in working memory: the caller's object, its insertion sequence, the alpha memories it is
/// in and the tokens it takes part in. Pooled by the session.
/// </summary>
internal sealed class Fact
{
    public object Object = null!;

    /// <summary>Insertion order within the session, from 1; the tie-break between matches.</summary>
    public long Sequence;

    public Fact? PreviousInSession;
    public Fact? NextInSession;

    /// <summary>The pool index of the first of the alpha memory entries holding this fact (linked through <see cref="AlphaEntry.NextOfFact"/>; -1 for none).</summary>
    public int FirstEntry = -1;

    /// <summary>The pool index of the first of the tokens whose <see cref="Token.Fact"/> is this fact (-1 for none).</summary>
    public int FirstToken = -1;

    /// <summary>For a linked fact: the activation it is linked to, and under which key.</summary>
    public Activation? LinkedTo;
    public object? LinkKey;

    /// <summary>A linked fact whose match went away: due for retraction.</summary>
    public bool Orphaned;

    /// <summary>Drops the caller's objects; renting initialises every field.</summary>
    public void Release()
    {
        Object = null!;
        LinkKey = null;
        LinkedTo = null;
    }
}
