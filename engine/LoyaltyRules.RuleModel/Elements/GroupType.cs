namespace LoyaltyRules.RuleModel;

/// <summary>How a <see cref="GroupElement"/> combines its children.</summary>
public enum GroupType
{
    /// <summary>Every child must match.</summary>
    And,

    /// <summary>At least one child must match; each alternative fires the rule on its own.</summary>
    Or,
}
