using System.Globalization;
using RulesEngine.Models;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>The rule table as a Microsoft RulesEngine workflow: one expression per rule, the points computed by an output action.</summary>
internal static class RulesEngineRules
{
    public const string WorkflowName = "loyalty";

    public static RulesEngine.RulesEngine Create(IReadOnlyList<LoyaltyRuleSpec> specs)
    {
        var workflow = new Workflow { WorkflowName = WorkflowName, Rules = [.. specs.Select(Rule)] };
        return new RulesEngine.RulesEngine([workflow], new ReSettings { AutoExecuteActions = true, UseFastExpressionCompiler = true });
    }

    private static Rule Rule(LoyaltyRuleSpec spec)
    {
        var tests = new List<string> { $"t.Kind == \"{spec.Kind}\"" };
        AddEquals(tests, "t.Channel", spec.Channel);
        AddEquals(tests, "t.Category", spec.Category);
        AddEquals(tests, "t.Merchant", spec.Merchant);
        AddEquals(tests, "t.Product", spec.Product);
        if (spec.MinAmount > 0)
        {
            tests.Add(string.Create(CultureInfo.InvariantCulture, $"t.Amount >= {spec.MinAmount}"));
        }

        if (spec.MinTier > 0)
        {
            tests.Add(string.Create(CultureInfo.InvariantCulture, $"c.Tier >= {spec.MinTier}"));
        }

        if (spec.MinTenure > 0)
        {
            tests.Add(string.Create(CultureInfo.InvariantCulture, $"c.TenureYears >= {spec.MinTenure}"));
        }

        var points = spec.FixedPoints is { } fixedPoints
            ? fixedPoints.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"int(t.Amount / {spec.Divisor})");
        return new Rule
        {
            RuleName = spec.Name,
            Expression = string.Join(" AND ", tests),
            Actions = new RuleActions
            {
                OnSuccess = new ActionInfo { Name = "OutputExpression", Context = new Dictionary<string, object> { ["Expression"] = points } },
            },
        };
    }

    private static void AddEquals(List<string> tests, string member, string? value)
    {
        if (value is not null)
        {
            tests.Add($"{member} == \"{value}\"");
        }
    }
}
