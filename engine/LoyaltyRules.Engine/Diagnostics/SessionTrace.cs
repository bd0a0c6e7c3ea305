namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>What a session recorded for explanation.</summary>
public sealed class SessionTrace
{
    internal static readonly SessionTrace Empty = new([], []);

    internal SessionTrace(IReadOnlyList<RuleFiringRecord> firings, IReadOnlyList<RuleMiss> misses)
    {
        Firings = firings;
        Misses = misses;
    }

    /// <summary>Every firing, in order.</summary>
    public IReadOnlyList<RuleFiringRecord> Firings { get; }

    /// <summary>
    /// With <see cref="TraceLevel.FiringsAndMisses"/>: after the last <c>Fire</c>, every rule that had
    /// not fired in the session, in declaration order, with why.
    /// </summary>
    public IReadOnlyList<RuleMiss> Misses { get; }
}
