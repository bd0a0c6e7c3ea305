using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Lays out a rule: <c>rule "name"</c>, then indented two spaces one line per clause (leading and
/// trailing clauses together, ordered by <see cref="ClausePrinter.Rank"/>), the <c>when</c> line
/// (broken by <see cref="ConditionLines"/> when long), <c>then</c> and the first action, and
/// <c>and</c> with each further action.
/// </summary>
internal static class RuleLayout
{
    /// <summary>The lines of <paramref name="rule"/>, from the source <paramref name="text"/>.</summary>
    public static IReadOnlyList<LayoutLine> Lay(RuleDeclarationSyntax rule, string text)
    {
        var clauses = rule.Clauses.Concat(rule.TrailingClauses).ToList();
        var spans = new List<TextSpan> { TextSpan.FromBounds(rule.Span.Start, rule.Name.Span.End) };
        spans.AddRange(clauses.Select(c => c.Span));
        spans.Add(rule.Trigger.Span);
        spans.AddRange(rule.Actions.Select(a => a.Span));
        var ranges = OwnedRanges.Of(text, spans, rule.Span);

        var lines = new List<LayoutLine> { new(0, "rule " + ExpressionPrinter.Quote(rule.Name.Value), ranges[0].Start, ranges[0].End) };
        foreach (var (clause, index) in clauses.Select((c, i) => (c, i)).OrderBy(c => ClausePrinter.Rank(c.c)))
        {
            var (start, end) = ranges[1 + index];
            lines.Add(new LayoutLine(2, ClausePrinter.Print(clause), start, end));
        }

        var trigger = ranges[1 + clauses.Count];
        lines.AddRange(Trigger(rule.Trigger, trigger.Start, trigger.End));
        for (var i = 0; i < rule.Actions.Count; i++)
        {
            var (start, end) = ranges[2 + clauses.Count + i];
            lines.Add(new LayoutLine(2, (i == 0 ? "then " : "and ") + ActionPrinter.Print(rule.Actions[i]), start, end));
        }

        return lines;
    }

    private static IReadOnlyList<LayoutLine> Trigger(TriggerSyntax trigger, int start, int end) => trigger switch
    {
        EventTriggerSyntax { Where: null } onEvent => [new LayoutLine(2, "when " + onEvent.Kind.Text, start, end)],
        EventTriggerSyntax { Where: { } where } onEvent => ConditionLines.Lay(2, $"when {onEvent.Kind.Text} where ", where, start, end),
        ConditionTriggerSyntax condition => ConditionLines.Lay(2, "when ", condition.Condition, start, end),
        _ => throw new InvalidOperationException($"No canonical form for {trigger.GetType().Name}."),
    };
}
