using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// The warnings: what compiles but is probably not what was meant. Each analysis is its own pass
/// over the checked program; duplicate rule names (LR5001) are found while binding, where the
/// duplicate is renamed. Unused declarations (LR5006) are only looked for in a file without errors.
/// </summary>
internal static class ProgramAnalyzer
{
    public static void Analyze(BoundProgram program, IReadOnlyList<SyntaxNode> unused, DiagnosticBag diagnostics)
    {
        var facts = new Dictionary<BoundRule, ConditionFacts>(ReferenceEqualityComparer.Instance);
        foreach (var rule in program.Rules)
        {
            facts[rule] = RuleFacts(rule, program);
        }

        NeverFiresPass.Run(program, facts, diagnostics);
        ShadowingPass.Run(program, facts, diagnostics);
        TierOrderPass.Run(program, diagnostics);
        DoubleAwardPass.Run(program, diagnostics);
        SweepRepeatPass.Run(program, diagnostics);
        if (!diagnostics.HasErrors)
        {
            // With errors, a use may sit in a declaration that did not parse or a name that did not
            // resolve (a misspelling of the very name): "never used" would then be wrong.
            UnusedPass.Run(unused, diagnostics);
        }
    }

    /// <summary>What a rule's conditions say, with the tier levels the program has.</summary>
    private static ConditionFacts RuleFacts(BoundRule rule, BoundProgram program)
    {
        var facts = new ConditionFacts(rule.Conditions.Select(c => c.Expression));
        if (program.Tiers.Count > 0)
        {
            facts.AddDomain(new Atom("customer.tier", ">=", [0]));
            facts.AddDomain(new Atom("customer.tier", "<=", [program.Tiers.Count - 1]));
        }

        return facts;
    }
}
