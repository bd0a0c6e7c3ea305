using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// LR5007: a time-based rule runs on every daily sweep; without a 'once' limit it fires again every
/// day its condition still holds ("no deposit for 90 days" stays true). A birthday is true one day a
/// year, so a birthday rule needs no limit.
/// </summary>
internal static class SweepRepeatPass
{
    public static void Run(BoundProgram program, DiagnosticBag diagnostics)
    {
        foreach (var rule in program.Rules.Where(r => r.IsSweepRule && r.Once is null))
        {
            var daily = !rule.Conditions.Any(c => BoundWalker.Any(c.Expression, e => e is BoundKeyword { Keyword: "birthday" }));
            if (daily && rule.Conditions.All(c => c.Expression.Constant is not false))
            {
                diagnostics.Report(DiagnosticCatalog.SweepRuleRepeats, rule.Syntax.Name.Span, rule.Name);
            }
        }
    }
}
