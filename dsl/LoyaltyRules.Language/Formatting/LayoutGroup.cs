namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Which declarations stay on adjacent lines: two consecutive declarations of the same group get no
/// blank line between them; every other pair does.
/// </summary>
internal enum LayoutGroup
{
    /// <summary>Always set off by blank lines: the program header, rules, tiers and conditions of several lines.</summary>
    Alone,

    /// <summary><c>currency</c>, <c>points expire after</c>, <c>review tiers every</c>, <c>reversals requalify tiers</c>.</summary>
    Setting,

    /// <summary><c>const</c>.</summary>
    Constant,

    /// <summary>A <c>condition</c> that fits on one line.</summary>
    Condition,

    /// <summary>A tier that fits on one line.</summary>
    Tier,
}
