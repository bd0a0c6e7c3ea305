using LoyaltyRules.Core.Evaluation;

namespace LoyaltyRules.Host.RuleSets;

/// <summary>A stored version and its compiled program.</summary>
public sealed record ActiveRuleSet(RuleSetStored Stored, LoyaltyProgram Program)
{
    /// <summary>The version id decisions carry (<c>v7</c>).</summary>
    public string Version => Stored.Version;
}
