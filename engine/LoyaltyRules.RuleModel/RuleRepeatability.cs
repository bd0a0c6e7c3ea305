namespace LoyaltyRules.RuleModel;

/// <summary>Whether a rule fires again when the facts it matched are updated.</summary>
public enum RuleRepeatability
{
    /// <summary>Fires again whenever a fact of a match it already fired for is updated and the match still holds.</summary>
    Repeatable,

    /// <summary>Fires at most once per match: updates that keep the match do not fire it again.</summary>
    NonRepeatable,
}
