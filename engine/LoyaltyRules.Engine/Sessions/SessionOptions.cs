using LoyaltyRules.Engine.Diagnostics;

namespace LoyaltyRules.Engine;

/// <summary>How a session behaves. The defaults suit production evaluation: no trace, a generous runaway bound.</summary>
public sealed record SessionOptions
{
    /// <summary>The defaults.</summary>
    public static SessionOptions Default { get; } = new();

    /// <summary>What the session records for explanation; off by default for speed.</summary>
    public TraceLevel Trace { get; init; } = TraceLevel.None;

    /// <summary>
    /// The most rules one call of <c>Fire</c> may fire. Past it the session throws
    /// <see cref="RunawayChainingException"/> naming the rules that kept firing: rules that keep
    /// re-activating each other are a bug in the rules, never a reason to loop for ever.
    /// </summary>
    public int MaxFiringsPerFire { get; init; } = 10_000;
}
