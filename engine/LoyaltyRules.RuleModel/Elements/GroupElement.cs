namespace LoyaltyRules.RuleModel;

/// <summary>An and/or combination of left-hand-side elements. The left-hand side of a rule is an and-group.</summary>
public sealed class GroupElement : RuleElement
{
    internal GroupElement(GroupType groupType, IReadOnlyList<RuleElement> childElements)
    {
        GroupType = groupType;
        ChildElements = childElements;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Group;

    /// <summary>And or or.</summary>
    public GroupType GroupType { get; }

    /// <summary>The children, in order: declarations made by a child are visible to the children after it.</summary>
    public IReadOnlyList<RuleElement> ChildElements { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitGroup(context, this);
    }
}
