using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// LR5003: a rule that never fires because a rule that fires before it (higher priority, or the same
/// priority and declared earlier) on the same events matches whenever it does and stops further rules.
/// </summary>
internal static class ShadowingPass
{
    public static void Run(BoundProgram program, Dictionary<BoundRule, ConditionFacts> facts, DiagnosticBag diagnostics)
    {
        var stoppers = program.Rules.Select((rule, index) => (rule, index)).Where(s => s.rule.Stops && s.rule.Once is null).ToList();
        if (stoppers.Count == 0)
        {
            return;
        }

        for (var index = 0; index < program.Rules.Count; index++)
        {
            var rule = program.Rules[index];
            var shadow = stoppers.FirstOrDefault(s => !ReferenceEquals(s.rule, rule) && FiresBefore(s.rule, s.index, rule, index) && Covers(s.rule, rule, facts[rule]));
            if (shadow.rule is { } stopper)
            {
                diagnostics.Report(DiagnosticCatalog.Shadowed, rule.Syntax.Name.Span, rule.Name, stopper.Name, stopper.Line);
            }
        }
    }

    private static bool FiresBefore(BoundRule first, int firstIndex, BoundRule second, int secondIndex) =>
        first.Priority > second.Priority || (first.Priority == second.Priority && firstIndex < secondIndex);

    /// <summary>Whether <paramref name="stopper"/> matches every event <paramref name="rule"/> matches.</summary>
    private static bool Covers(BoundRule stopper, BoundRule rule, ConditionFacts ruleFacts) =>
        stopper.Kind == rule.Kind
        && (stopper.EffectiveFrom is null || (rule.EffectiveFrom is { } from && from >= stopper.EffectiveFrom))
        && (stopper.EffectiveUntil is null || (rule.EffectiveUntil is { } until && until <= stopper.EffectiveUntil))
        && stopper.Conditions.All(c => ruleFacts.Implies(c.Expression));
}
