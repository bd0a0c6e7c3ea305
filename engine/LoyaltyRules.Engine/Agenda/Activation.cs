using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Agenda;

/// <summary>A complete match of a rule alternative, on the agenda until it fires. Pooled by the session.</summary>
internal sealed class Activation
{
    public TerminalNode Terminal = null!;

    /// <summary>The terminal's <see cref="TerminalNode.SortKey"/>, copied so that the agenda compares without loading terminals.</summary>
    public ulong SortKey;

    /// <summary>The terminal token holding this activation, or null when it lives on the tuple itself (see <see cref="TerminalNode.Fused"/>).</summary>
    public Token? Token;

    /// <summary>The matched tuple (the terminal's left token).</summary>
    public Token Tuple = null!;

    /// <summary>Creation order: the last tie-break, reached only by distinct matches of equal facts.</summary>
    public long Id;

    /// <summary>Position in the agenda heap, or -1 when not on the agenda.</summary>
    public int HeapIndex = -1;

    /// <summary>Facts linked to this match by its actions, by key (created on first use).</summary>
    public Dictionary<object, Fact>? Linked;

    public bool IsPending => HeapIndex >= 0;

    /// <summary>Drops linked facts and keys and the terminal token; renting sets every field but the links.</summary>
    public void Release()
    {
        HeapIndex = -1;
        Token = null;
        Linked?.Clear();
    }
}
