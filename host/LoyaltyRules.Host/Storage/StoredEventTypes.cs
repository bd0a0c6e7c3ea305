using LoyaltyRules.Core.Events;
using LoyaltyRules.Host.RuleSets;

namespace LoyaltyRules.Host.Storage;

/// <summary>The types of every event LoyaltyRules stores.</summary>
internal static class StoredEventTypes
{
    /// <summary>Customer inputs, decisions, and the rule-set stream's events.</summary>
    public static readonly Type[] All =
    [
        typeof(CustomerEnrolled), typeof(TransactionRecorded), typeof(TransactionReversed), typeof(ReferralMade),
        typeof(SurveyAnswered), typeof(ComplaintFiled), typeof(ComplaintResolved), typeof(PointsRedeemed), typeof(SweepEvaluated),
        typeof(PointsAwarded), typeof(PointsDeducted), typeof(TierChanged), typeof(RateOffered), typeof(OfferGranted),
        typeof(GiftGranted), typeof(SegmentTagged), typeof(NotificationEmitted), typeof(RuleFired), typeof(TierReviewed),
        typeof(RuleSetStored), typeof(RuleSetActivated),
    ];
}
