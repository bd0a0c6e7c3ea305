namespace LoyaltyRules.Engine.Rete;

/// <summary>
/// A partial match: a chain of values from the root, one per beta level. Tokens form a tree (each
/// knows its children) so that removing one removes everything derived from it; those derived from
/// a fact are also listed on the fact. Pooled by the session. The sibling and fact lists link tokens
/// by their index in the session's pool (-1 for none), not by reference: these links change with
/// every match, and storing an integer costs no write barrier.
/// </summary>
internal sealed class Token
{
    public Token? Parent;
    public BetaNode Node = null!;
    public TokenKind Kind;
    public int Depth;

    /// <summary>The fact this level matched, when it matched one.</summary>
    public Fact? Fact;

    /// <summary>The value bound at this level: the fact's object, an aggregate result or a binding's value.</summary>
    public object? Value;

    /// <summary>Tie-break order at this level: the fact's insertion sequence or the result's creation sequence.</summary>
    public long Sequence;

    /// <summary>Whether the token is in its node's output list (propagated to the node's children).</summary>
    public bool InOutput;

    /// <summary>Not/exists: how many right facts match.</summary>
    public int Count;

    /// <summary>Node-specific state: the aggregate state, or the activation of a terminal token.</summary>
    public object? State;

    public Token? PreviousInNode;
    public Token? NextInNode;

    /// <summary>This token's index in its session's pool (-1 for the session's root token, which is in no list).</summary>
    public int Index = -1;

    public int FirstChild = -1;
    public int PreviousSibling = -1;
    public int NextSibling = -1;

    public int PreviousOfFact = -1;
    public int NextOfFact = -1;

    /// <summary>The token <paramref name="levelsUp"/> levels above this one (0 is this token).</summary>
    public Token Ancestor(int levelsUp)
    {
        var token = this;
        for (var i = 0; i < levelsUp; i++)
        {
            token = token.Parent!;
        }

        return token;
    }

    /// <summary>
    /// Drops what could keep the caller's objects alive (renting initialises every field, so links to
    /// other pooled tokens may stay: they are overwritten before use).
    /// </summary>
    public void Release()
    {
        Value = null;
        State = null;
    }
}
