using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// LR5004: tiers are declared lowest first, so a tier that qualifies on a figure at a lower threshold
/// than the tier below it is probably in the wrong place (or has a typo in its threshold).
/// </summary>
internal static class TierOrderPass
{
    public static void Run(BoundProgram program, DiagnosticBag diagnostics)
    {
        for (var level = 2; level < program.Tiers.Count; level++)
        {
            var lower = program.Tiers[level - 1];
            var higher = program.Tiers[level];
            if (lower.Qualify is null || higher.Qualify is null)
            {
                continue;
            }

            var below = Thresholds(lower.Qualify);
            foreach (var threshold in Thresholds(higher.Qualify))
            {
                var under = below.FirstOrDefault(t => t.Subject == threshold.Subject);
                if (under is not null && threshold.Value < under.Value)
                {
                    diagnostics.Report(DiagnosticCatalog.TiersOutOfOrder, threshold.Span, higher.Name, Text(diagnostics, threshold.Span), lower.Name, Text(diagnostics, under.Span));
                }
            }
        }
    }

    /// <summary>The "figure at least n" tests of a qualifying condition, through 'or' and 'and'.</summary>
    private static List<Threshold> Thresholds(BoundExpression condition)
    {
        var found = new List<Threshold>();
        Collect(condition, found);
        return found;
    }

    private static void Collect(BoundExpression condition, List<Threshold> found)
    {
        if (condition is BoundBinary { Operator: "or" or "and" } logical)
        {
            Collect(logical.Left, found);
            Collect(logical.Right, found);
        }
        else if (Atom.From(condition) is { Operator: ">=" or ">", Values: [decimal value] } atom)
        {
            found.Add(new Threshold(atom.Subject, value, condition.Span));
        }
    }

    private static string Text(DiagnosticBag diagnostics, TextSpan span) => diagnostics.Source.SliceOnOneLine(span);

    private sealed record Threshold(string Subject, decimal Value, TextSpan Span);
}
