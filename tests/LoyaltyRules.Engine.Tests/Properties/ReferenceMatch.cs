using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>A match the reference evaluator found: rule, or-alternative and the values in declaration order.</summary>
internal sealed record ReferenceMatch(int RuleIndex, RuleDefinition Rule, int Alternative, IReadOnlyList<ReferenceValue> Values)
{
    /// <summary>The facts bound by fact patterns, in declaration order.</summary>
    public IEnumerable<object> Facts => Values.Where(v => v.IsFact).Select(v => v.Value!);
}
