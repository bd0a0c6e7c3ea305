namespace LoyaltyRules.Core.Events;

/// <summary>Points credited; pending until <see cref="AvailableOn"/> when the rule holds them back.</summary>
public sealed record PointsAwarded(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    long Points, string Reason, DateOnly? AvailableOn) : IDecision;

/// <summary>
/// Points taken away (a deduction rule, a reversal, an expiry). When <see cref="PendingDecisionId"/>
/// is set the points come off that still-pending award instead of the available balance. When
/// <see cref="EarnedOn"/> is set (a reversal) the points are also taken off what the customer earned
/// that day: they were never really earned, so "points earned within …" and tiers no longer count them.
/// </summary>
public sealed record PointsDeducted(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    long Points, string Reason, string? PendingDecisionId = null, DateOnly? EarnedOn = null) : IDecision;

/// <summary>The customer moved to another tier (levels count from 0, the program's first tier).</summary>
public sealed record TierChanged(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string From, string To, int FromLevel, int ToLevel, string Reason) : IDecision;

/// <summary>A preferential rate: a discount on a product's interest or fee, valid until a date.</summary>
public sealed record RateOffered(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Product, int DiscountBasisPoints, DateOnly ValidUntil) : IDecision;

/// <summary>An offer (a code the customer can use), valid until a date or open-ended.</summary>
public sealed record OfferGranted(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Code, DateOnly? ValidUntil) : IDecision;

/// <summary>A gift, valid until a date or open-ended.</summary>
public sealed record GiftGranted(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Gift, DateOnly? ValidUntil) : IDecision;

/// <summary>The customer was tagged with a segment.</summary>
public sealed record SegmentTagged(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Segment) : IDecision;

/// <summary>A notification for the customer-facing systems to send.</summary>
public sealed record NotificationEmitted(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Template) : IDecision;

/// <summary>
/// A rule with a "once" limit fired: for <see cref="Key"/> (the value it is once per, or "" for
/// once per customer). Kept so the limit holds in later evaluations.
/// </summary>
public sealed record RuleFired(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Key) : IDecision;

/// <summary>
/// A tier review: at the end of a review period the customer either kept the tier (a new period
/// begins) or was moved down, which a <see cref="TierChanged"/> records beside this.
/// </summary>
public sealed record TierReviewed(
    string DecisionId, string Rule, string RuleSetVersion, string CausedBy,
    string Tier, bool Retained) : IDecision;
