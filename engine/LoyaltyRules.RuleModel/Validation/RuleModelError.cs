namespace LoyaltyRules.RuleModel;

/// <summary>A problem with a rule definition, naming the rule.</summary>
/// <param name="RuleName">The rule the problem is in.</param>
/// <param name="Message">What is wrong, and where in the rule.</param>
public sealed record RuleModelError(string RuleName, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"rule '{RuleName}': {Message}";
}
