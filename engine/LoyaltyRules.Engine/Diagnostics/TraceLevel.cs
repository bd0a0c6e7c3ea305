namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>What a session records about its firings.</summary>
public enum TraceLevel
{
    /// <summary>Nothing (the default, and the fastest).</summary>
    None,

    /// <summary>Every firing: the rule, the matched values and each condition's outcome with the values it saw.</summary>
    Firings,

    /// <summary>Firings, and after each <c>Fire</c> every rule that did not fire with the first condition that failed.</summary>
    FiringsAndMisses,
}
