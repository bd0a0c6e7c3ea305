using LoyaltyRules.Language.Syntax;
using static LoyaltyRules.Language.Formatting.ExpressionPrinter;

namespace LoyaltyRules.Language.Formatting;

/// <summary>Lays out any declaration and says which group it belongs to.</summary>
internal static class DeclarationLayout
{
    /// <summary>The block of <paramref name="declaration"/>, from the source <paramref name="text"/>.</summary>
    public static DeclarationBlock Lay(DeclarationSyntax declaration, string text)
    {
        var span = declaration.Span;
        return declaration switch
        {
            ProgramDeclarationSyntax program => One(span, "program " + Quote(program.Name.Value), LayoutGroup.Alone),
            CurrencyDeclarationSyntax currency => One(span, "currency " + currency.Code.Text, LayoutGroup.Setting),
            PointsExpiryDeclarationSyntax expiry => One(span, "points expire after " + Print(expiry.After), LayoutGroup.Setting),
            TierReviewDeclarationSyntax review => One(span, TierReview(review), LayoutGroup.Setting),
            ReversalSettingSyntax => One(span, "reversals requalify tiers", LayoutGroup.Setting),
            ConstDeclarationSyntax constant => One(span, $"const {constant.Name.Text} = {Print(constant.Value)}", LayoutGroup.Constant),
            ConditionDeclarationSyntax condition =>
                Grouped(span, ConditionLines.Lay(0, $"condition {condition.Name.Text} = ", condition.Condition, span.Start, span.End), LayoutGroup.Condition),
            TierDeclarationSyntax tier => Grouped(span, TierLayout.Lay(tier, text), LayoutGroup.Tier),
            RuleDeclarationSyntax rule => new DeclarationBlock(span, RuleLayout.Lay(rule, text), LayoutGroup.Alone),
            _ => throw new InvalidOperationException($"No canonical form for {declaration.GetType().Name}."),
        };
    }

    private static string TierReview(TierReviewDeclarationSyntax review) =>
        "review tiers every " + Print(review.Every) + (review.Grace is null ? "" : " grace " + Print(review.Grace));

    private static DeclarationBlock One(TextSpan span, string text, LayoutGroup group) =>
        new(span, [new LayoutLine(0, text, span.Start, span.End)], group);

    /// <summary>A condition or tier joins its group only when it fits on one line.</summary>
    private static DeclarationBlock Grouped(TextSpan span, IReadOnlyList<LayoutLine> lines, LayoutGroup group) =>
        new(span, lines, lines.Count == 1 ? group : LayoutGroup.Alone);
}
