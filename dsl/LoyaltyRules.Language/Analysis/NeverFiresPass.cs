using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>LR5002: a rule whose conditions can never all be true, or whose effective dates leave no day.</summary>
internal static class NeverFiresPass
{
    public static void Run(BoundProgram program, Dictionary<BoundRule, ConditionFacts> facts, DiagnosticBag diagnostics)
    {
        foreach (var rule in program.Rules)
        {
            if (Reason(rule, facts[rule]) is { } reason)
            {
                diagnostics.Report(DiagnosticCatalog.NeverFires, rule.Syntax.Name.Span, rule.Name, reason);
            }
        }
    }

    private static string? Reason(BoundRule rule, ConditionFacts facts)
    {
        if (rule.EffectiveFrom is { } from && rule.EffectiveUntil is { } until && from > until)
        {
            return $"it is effective from {from:yyyy-MM-dd} until {until:yyyy-MM-dd}, which is no day at all";
        }

        if (rule.Conditions.FirstOrDefault(c => c.Expression.Constant is false) is { } never)
        {
            return $"'{never.Text}' is never true";
        }

        if (facts.Contradiction() is { } subject)
        {
            var texts = rule.Conditions.Where(c => Atom.From(c.Expression)?.Subject == subject).Select(c => $"'{c.Text}'").ToList();
            return texts.Count == 1
                ? $"{texts[0]} is never true"
                : $"{SyntaxJoin(texts)} cannot all be true";
        }

        return null;
    }

    private static string SyntaxJoin(List<string> texts) =>
        texts.Count == 2 ? $"{texts[0]} and {texts[1]}" : string.Join(", ", texts.Take(texts.Count - 1)) + " and " + texts[^1];
}
