namespace LoyaltyRules.Core.Evaluation;

/// <summary>Which way a tier action may move the customer.</summary>
public enum TierDirection
{
    /// <summary>Only to a higher tier.</summary>
    Up,

    /// <summary>Only to a lower tier.</summary>
    Down,

    /// <summary>To the named tier, whichever way.</summary>
    Any,
}
