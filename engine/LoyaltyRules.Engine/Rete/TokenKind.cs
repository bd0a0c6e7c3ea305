namespace LoyaltyRules.Engine.Rete;

/// <summary>What a token stands for.</summary>
internal enum TokenKind : byte
{
    /// <summary>A partial match propagated to child nodes.</summary>
    Match,

    /// <summary>Per-left-token state of a not, exists or aggregate node; propagated only while it passes (not/exists).</summary>
    State,

    /// <summary>A right fact matching a not/exists/aggregate state token (never propagated).</summary>
    RightMatch,

    /// <summary>A complete match at a terminal node, owning its activation.</summary>
    Terminal,
}
