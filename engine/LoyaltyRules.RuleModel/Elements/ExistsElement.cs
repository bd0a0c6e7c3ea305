namespace LoyaltyRules.RuleModel;

/// <summary>Matches once when at least one fact matches <see cref="Source"/>, however many do.</summary>
public sealed class ExistsElement : RuleElement
{
    internal ExistsElement(PatternElement source) => Source = source;

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Exists;

    /// <summary>The pattern that must have a match.</summary>
    public PatternElement Source { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitExists(context, this);
    }
}
