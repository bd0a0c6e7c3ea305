namespace LoyaltyRules.Core.Schema;

/// <summary>The types of values rules work with. The rule language checks every expression against these.</summary>
public enum ValueKind
{
    /// <summary>A plain number (a count, a score, a factor).</summary>
    Number,

    /// <summary>An amount of money, in the program's currency.</summary>
    Money,

    /// <summary>A number of loyalty points.</summary>
    Points,

    /// <summary>A length of time: a calendar period ("3 years") or the span between two dates (a tenure).</summary>
    Duration,

    /// <summary>A percentage or basis points (a rate discount, a change between periods).</summary>
    Percent,

    /// <summary>A calendar day.</summary>
    Date,

    /// <summary>Text.</summary>
    Text,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A tier of the program; tiers are ordered, lowest first.</summary>
    Tier,

    /// <summary>A set of texts (the customer's tags).</summary>
    TextSet,
}
