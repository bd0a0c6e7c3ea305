namespace LoyaltyRules.Language.Binding;

/// <summary>The type of a bound expression: one of the schema's value kinds, a list, or an error already reported.</summary>
internal enum LanguageType
{
    /// <summary>Something already reported as wrong: checks involving it stay silent, so one mistake gives one message.</summary>
    Error,

    /// <summary>A plain number.</summary>
    Number,

    /// <summary>An amount of money.</summary>
    Money,

    /// <summary>Loyalty points.</summary>
    Points,

    /// <summary>A calendar period or the span between dates.</summary>
    Duration,

    /// <summary>A percentage (basis points are hundredths of a percent).</summary>
    Percent,

    /// <summary>A day.</summary>
    Date,

    /// <summary>Text.</summary>
    Text,

    /// <summary>True or false.</summary>
    Boolean,

    /// <summary>A tier (ordered).</summary>
    Tier,

    /// <summary>A set of texts (the customer's tags).</summary>
    TextSet,

    /// <summary>A list of values of one type.</summary>
    List,
}
