using System.Text;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>Writes a rule's actions and their modifiers in canonical form (without the leading <c>then</c> or <c>and</c>).</summary>
internal static class ActionPrinter
{
    /// <summary>The canonical text of <paramref name="action"/>.</summary>
    public static string Print(ActionSyntax action) => action switch
    {
        AwardActionSyntax award => WithModifiers(
            (award.Deduct ? "deduct " : "award ") + Text(award.Points) + (award.PointsWord ? " points" : ""),
            award.Modifiers),
        MultiplyActionSyntax multiply => WithModifiers("multiply points by " + Text(multiply.Factor), multiply.Modifiers),
        TierActionSyntax tier => $"{tier.Direction} tier to {tier.Tier.Text}",
        OfferRateActionSyntax rate =>
            $"offer rate discount {Text(rate.Discount)} on {Text(rate.Product)} for {Text(rate.ValidFor)}",
        GrantActionSyntax grant => WithModifiers((grant.Gift ? "grant gift " : "offer ") + Text(grant.Code), grant.Modifiers),
        TagActionSyntax tag => "tag customer as " + Text(tag.Segment),
        NotifyActionSyntax notify => "notify " + Text(notify.Template),
        StopActionSyntax => "stop",
        _ => throw new InvalidOperationException($"No canonical form for {action.GetType().Name}."),
    };

    /// <summary>
    /// A modifier: <c>as "…"</c>, <c>to referrer</c>, <c>pending 14 days</c>,
    /// <c>capped at 5000 points per month</c>, <c>valid 30 days</c>.
    /// </summary>
    public static string Print(ModifierSyntax modifier)
    {
        var text = new StringBuilder(modifier.Keyword);
        if (modifier.Value is not null)
        {
            text.Append(' ').Append(Text(modifier.Value));
        }

        if (modifier is { PointsWord: true, Value: not null })
        {
            text.Append(" points");
        }

        if (modifier.Per is not null)
        {
            text.Append(" per ").Append(Text(modifier.Per));
        }

        return text.ToString();
    }

    private static string Text(ExpressionSyntax expression) => ExpressionPrinter.Print(expression);

    private static string WithModifiers(string head, IReadOnlyList<ModifierSyntax> modifiers)
    {
        var text = new StringBuilder(head);
        foreach (var modifier in modifiers)
        {
            text.Append(' ').Append(Print(modifier));
        }

        return text.ToString();
    }
}
