namespace LoyaltyRules.RuleModel;

/// <summary>The optional parts of a rule definition.</summary>
public sealed record RuleOptions
{
    /// <summary>Priority 0, repeatable, no description, tags or properties.</summary>
    public static RuleOptions Default { get; } = new();

    /// <summary>Higher fires first; rules of equal priority fire in declaration order.</summary>
    public int Priority { get; init; }

    /// <summary>Whether an update of matched facts fires the rule again.</summary>
    public RuleRepeatability Repeatability { get; init; } = RuleRepeatability.Repeatable;

    /// <summary>What the rule is for.</summary>
    public string? Description { get; init; }

    /// <summary>Free-form tags.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Metadata for tools, such as the source location.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}
