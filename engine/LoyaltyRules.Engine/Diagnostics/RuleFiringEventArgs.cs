using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>A rule that is firing or has fired, with what it matched.</summary>
public sealed class RuleFiringEventArgs(RuleDefinition rule, int firing, IReadOnlyList<MatchedValue> values) : EventArgs
{
    /// <summary>The rule.</summary>
    public RuleDefinition Rule { get; } = rule;

    /// <summary>The firing's number in the session, from 1.</summary>
    public int Firing { get; } = firing;

    /// <summary>The matched values in declaration order.</summary>
    public IReadOnlyList<MatchedValue> Values { get; } = values;
}
