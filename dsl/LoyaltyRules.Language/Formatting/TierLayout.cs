using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Lays out a tier: on one line when it has no clause, only <c>default</c> or only one <c>when …</c>
/// clause (<c>tier Gold when …</c>, broken like any condition line when long); otherwise
/// <c>tier Gold</c> and then each clause, as written, on its own line indented two spaces.
/// </summary>
internal static class TierLayout
{
    /// <summary>The lines of <paramref name="tier"/>, from the source <paramref name="text"/>.</summary>
    public static IReadOnlyList<LayoutLine> Lay(TierDeclarationSyntax tier, string text)
    {
        var head = "tier " + tier.Name.Text;
        switch (tier.Clauses)
        {
            case []:
                return [new LayoutLine(0, head, tier.Span.Start, tier.Span.End)];
            case [{ Keyword: "default" }]:
                return [new LayoutLine(0, head + " default", tier.Span.Start, tier.Span.End)];
            case [{ Keyword: "when", Condition: { } condition }]:
                return ConditionLines.Lay(0, head + " when ", condition, tier.Span.Start, tier.Span.End);
            default:
                break;
        }

        var spans = new List<TextSpan> { TextSpan.FromBounds(tier.Span.Start, tier.Name.Span.End) };
        spans.AddRange(tier.Clauses.Select(c => c.Span));
        var ranges = OwnedRanges.Of(text, spans, tier.Span);
        var lines = new List<LayoutLine> { new(0, head, ranges[0].Start, ranges[0].End) };
        for (var i = 0; i < tier.Clauses.Count; i++)
        {
            var clause = tier.Clauses[i];
            var (start, end) = ranges[1 + i];
            lines.AddRange(clause.Condition is null
                ? [new LayoutLine(2, clause.Keyword, start, end)]
                : ConditionLines.Lay(2, clause.Keyword + " ", clause.Condition, start, end));
        }

        return lines;
    }
}
