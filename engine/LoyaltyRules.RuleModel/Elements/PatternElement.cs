namespace LoyaltyRules.RuleModel;

/// <summary>
/// Matches facts of a type (or a value produced by an aggregate <see cref="Source"/>) that satisfy
/// every condition, and binds each match to <see cref="Declaration"/>.
/// </summary>
public sealed class PatternElement : RuleElement
{
    internal PatternElement(Declaration declaration, IReadOnlyList<ConditionElement> conditions, AggregateElement? source)
    {
        Declaration = declaration;
        Conditions = conditions;
        Source = source;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Pattern;

    /// <summary>The name and type the matched value is bound to.</summary>
    public Declaration Declaration { get; }

    /// <summary>The conditions, all of which must hold.</summary>
    public IReadOnlyList<ConditionElement> Conditions { get; }

    /// <summary>When set, the pattern matches the aggregate's results instead of facts.</summary>
    public AggregateElement? Source { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitPattern(context, this);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Declaration.Type.Name} {Declaration.Name}";
}
