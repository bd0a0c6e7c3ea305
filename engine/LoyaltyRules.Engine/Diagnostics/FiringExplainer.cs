using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>Records a firing for the trace: what matched, and every condition with the values it saw.</summary>
internal static class FiringExplainer
{
    public static RuleFiringRecord Record(Network network, TerminalNode terminal, Token tuple, int firing)
    {
        var layout = terminal.Layout;
        object? ValueOf(string name) => layout.Depths.TryGet(name, out var depth) ? layout.ValueOf(tuple, depth) : null;

        var conditions = new List<ConditionOutcome>(layout.Conditions.Count);
        foreach (var condition in layout.Conditions)
        {
            conditions.Add(condition.Expression is null
                ? new ConditionOutcome(condition.Element, condition.Text, true, [])
                : network.ExplainerOf(condition.Expression).Explain(condition.Element, condition.Text, ValueOf));
        }

        return new RuleFiringRecord(firing, terminal.Rule.Definition, terminal.Alternative, layout.Values(tuple), conditions);
    }
}
