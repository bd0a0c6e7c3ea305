using System.Globalization;
using LoyaltyRules.Core.Events;
using static LoyaltyRules.Language.TextLiteral;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>Decisions written the way a scenario's <c>expect</c> line writes them, so a failure's text can be pasted into the file.</summary>
public static class DecisionText
{
    /// <summary>For example <c>award 120 points by "Card spend earns 1 point per 10"</c>.</summary>
    public static string Describe(IDecision decision) => decision switch
    {
        PointsAwarded a => $"award {a.Points} points{By(a.Rule)}{As(a.Reason, a.Rule)}{Until(a.AvailableOn)}",
        PointsDeducted d => $"deduct {d.Points} points{By(d.Rule)}{As(d.Reason, d.Rule)}",
        TierChanged t => $"tier {t.To}{By(t.Rule)}",
        TierReviewed r => $"review of {r.Tier} {(r.Retained ? "kept" : "lost")}",
        RateOffered r => $"rate {r.DiscountBasisPoints} bp on {Quote(r.Product)}{Until(r.ValidUntil)}{By(r.Rule)}",
        OfferGranted o => $"offer {Quote(o.Code)}{Until(o.ValidUntil)}{By(o.Rule)}",
        GiftGranted g => $"gift {Quote(g.Gift)}{Until(g.ValidUntil)}{By(g.Rule)}",
        SegmentTagged s => $"tag {Quote(s.Segment)}{By(s.Rule)}",
        NotificationEmitted n => $"notification {Quote(n.Template)}{By(n.Rule)}",
        RuleFired f => $"once-mark of \"{f.Rule}\"",
        _ => decision.GetType().Name,
    };

    /// <summary>An expectation as written.</summary>
    public static string Describe(ExpectedDecision expected)
    {
        var head = expected.Kind switch
        {
            "award" or "deduct" => $"{expected.Kind} {Number(expected.Number)} points",
            "tier" => $"tier {expected.Text}",
            "review" => $"review of {expected.Text} {(expected.Kept == true ? "kept" : "lost")}",
            "rate" => $"rate {Number(expected.Number)} bp on {Quote(expected.Text ?? "")}",
            _ => $"{expected.Kind} {Quote(expected.Text ?? "")}",
        };
        return head + (expected.Rule is null ? "" : By(expected.Rule)) + (expected.Reason is null ? "" : $" as {Quote(expected.Reason)}") + Until(expected.Until);
    }

    private static string By(string rule) => $" by {Quote(rule)}";

    private static string As(string reason, string rule) => reason == rule ? "" : $" as {Quote(reason)}";

    private static string Until(DateOnly? date) => date is { } d ? " until " + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "?";
}
