namespace LoyaltyRules.RuleModel;

/// <summary>
/// An immutable rule: when its left-hand side matches, its right-hand side runs. Created by
/// <see cref="RuleModelFactory.Rule"/>; checked as part of a rule set by <see cref="RuleModelValidator"/>.
/// </summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(
        string name,
        string? description,
        IReadOnlyList<string> tags,
        int priority,
        RuleRepeatability repeatability,
        GroupElement leftHandSide,
        ActionGroupElement rightHandSide,
        IReadOnlyDictionary<string, string> properties)
    {
        Name = name;
        Description = description;
        Tags = tags;
        Priority = priority;
        Repeatability = repeatability;
        LeftHandSide = leftHandSide;
        RightHandSide = rightHandSide;
        Properties = properties;
    }

    /// <summary>The rule's name, unique within its rule set.</summary>
    public string Name { get; }

    /// <summary>What the rule is for, in a sentence; may be null.</summary>
    public string? Description { get; }

    /// <summary>Free-form tags, in the order given.</summary>
    public IReadOnlyList<string> Tags { get; }

    /// <summary>Higher fires first. Rules of equal priority fire in declaration order.</summary>
    public int Priority { get; }

    /// <summary>Whether an update of matched facts fires the rule again.</summary>
    public RuleRepeatability Repeatability { get; }

    /// <summary>The conditions: an and-group.</summary>
    public GroupElement LeftHandSide { get; }

    /// <summary>The actions.</summary>
    public ActionGroupElement RightHandSide { get; }

    /// <summary>Metadata for tools, such as the source file and line a rule was written at.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; }

    /// <inheritdoc />
    public override string ToString() => Name;
}
