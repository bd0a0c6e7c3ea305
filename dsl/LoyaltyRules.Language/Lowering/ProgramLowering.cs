using System.Linq.Expressions;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Lowering;

/// <summary>
/// Turns a checked program into a compiled <see cref="LoyaltyProgram"/>: tiers with their conditions
/// as expression trees over the customer, the rules as rule definitions, compiled by the engine.
/// A failure here is a fault of the compiler, not of the program: it is reported (LR4001), never thrown.
/// </summary>
internal static class ProgramLowering
{
    public static LoyaltyProgram? Lower(BoundProgram program, DiagnosticBag diagnostics)
    {
        var tiers = program.Tiers.Select(Tier).ToList();
        var rules = new List<RuleModel.RuleDefinition>();
        foreach (var rule in program.Rules)
        {
            try
            {
                rules.Add(RuleLowering.Lower(rule, program));
            }
            catch (Exception exception) when (exception is InvalidOperationException or ArgumentException)
            {
                diagnostics.Report(DiagnosticCatalog.LoweringFailed, rule.Syntax.Name.Span, $"rule \"{rule.Name}\"", exception.Message);
            }
        }

        if (diagnostics.HasErrors)
        {
            return null;
        }

        try
        {
            return new LoyaltyProgram(program.Name, program.Currency ?? "", tiers, program.Settings, rules, new ProgramSourceMap(program));
        }
        catch (Exception exception) when (exception is RuleModel.RuleModelValidationException or Engine.Diagnostics.RuleCompilationException or ArgumentException)
        {
            var span = program.Rules.Count > 0 ? program.Rules[0].Syntax.Name.Span : new TextSpan(0, 0);
            diagnostics.Report(DiagnosticCatalog.LoweringFailed, span, $"program \"{program.Name}\"", exception.Message);
            return null;
        }
    }

    private static TierDefinition Tier(BoundTier tier)
    {
        var customer = Expression.Parameter(typeof(CustomerFact), "customer");
        var lowering = new ExpressionLowering(customer, null);
        Expression<Func<CustomerFact, bool>>? Lambda(BoundExpression? condition) =>
            condition is null ? null : Expression.Lambda<Func<CustomerFact, bool>>(lowering.Lower(condition), customer);
        return new TierDefinition(tier.Name, tier.Level, Lambda(tier.Qualify), Lambda(tier.Keep));
    }
}
