namespace LoyaltyRules.Core.Evaluation;

/// <summary>The names decisions made by the program's built-in behaviour carry instead of a rule's name.</summary>
public static class BuiltInRules
{
    /// <summary>Upgrades, and moves down after a reversal when the program re-qualifies then.</summary>
    public const string TierQualification = "tier qualification";
    /// <summary>The periodic tier review and the move down it may cause.</summary>
    public const string TierReview = "tier review";
    /// <summary>The points taken back when a transaction is reversed.</summary>
    public const string Reversal = "reversal";
    /// <summary>Points that expired.</summary>
    public const string PointsExpiry = "points expiry";

    /// <summary>Whether <paramref name="rule"/> names the program's built-in behaviour rather than a rule of its own.</summary>
    public static bool Contains(string rule) => rule is TierQualification or TierReview or Reversal or PointsExpiry;
}
