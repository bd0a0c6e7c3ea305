using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>A rule as compiled: its definition, its declaration order and one terminal per or-alternative.</summary>
internal sealed class CompiledRule(RuleDefinition definition, int index)
{
    public RuleDefinition Definition { get; } = definition;

    /// <summary>Declaration order in the rule set, from 0: the tie-break between rules of equal priority.</summary>
    public int Index { get; } = index;

    public int Priority { get; } = definition.Priority;

    public bool IsRepeatable { get; } = definition.Repeatability == RuleRepeatability.Repeatable;

    public List<TerminalNode> Terminals { get; } = [];

    public override string ToString() => Definition.Name;
}
