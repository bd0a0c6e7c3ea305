namespace LoyaltyRules.RuleModel;

/// <summary>Matches when no fact matches <see cref="Source"/>. The source's declaration is not visible outside.</summary>
public sealed class NotElement : RuleElement
{
    internal NotElement(PatternElement source) => Source = source;

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Not;

    /// <summary>The pattern that must have no match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitNot(context, this);
    }
}
