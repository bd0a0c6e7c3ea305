using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>Whether a decision is the one an expectation describes (parts the expectation leaves out match anything).</summary>
internal static class ExpectationMatch
{
    public static bool Matches(ExpectedDecision expected, IDecision decision)
    {
        if (expected.Rule is { } rule && rule != decision.Rule)
        {
            return false;
        }

        return (expected.Kind, decision) switch
        {
            ("award", PointsAwarded a) => a.Points == expected.Number && Reason(expected, a.Reason) && Until(expected, a.AvailableOn),
            ("deduct", PointsDeducted d) => d.Points == expected.Number && Reason(expected, d.Reason),
            ("tier", TierChanged t) => t.To == expected.Text,
            ("review", TierReviewed r) => r.Tier == expected.Text && r.Retained == expected.Kept,
            ("rate", RateOffered r) => r.DiscountBasisPoints == expected.Number && r.Product == expected.Text && Until(expected, r.ValidUntil),
            ("offer", OfferGranted o) => o.Code == expected.Text && Until(expected, o.ValidUntil),
            ("gift", GiftGranted g) => g.Gift == expected.Text && Until(expected, g.ValidUntil),
            ("tag", SegmentTagged s) => s.Segment == expected.Text,
            ("notification", NotificationEmitted n) => n.Template == expected.Text,
            _ => false,
        };
    }

    private static bool Reason(ExpectedDecision expected, string reason) => expected.Reason is null || expected.Reason == reason;

    private static bool Until(ExpectedDecision expected, DateOnly? date) => expected.Until is null || expected.Until == date;
}
