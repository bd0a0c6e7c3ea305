using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>
/// Aggregates the facts that match <see cref="Source"/>. It is the source of a pattern that binds
/// each result and may put conditions on it, for example "count of deposits within 90 days &gt;= 3".
/// The source's conditions may refer to declarations made earlier in the rule (a correlated aggregate).
/// </summary>
public sealed class AggregateElement : RuleElement
{
    internal AggregateElement(AggregateKind kind, Type resultType, PatternElement source, LambdaExpression? selector, LambdaExpression? elementSelector)
    {
        Kind = kind;
        ResultType = resultType;
        Source = source;
        Selector = selector;
        ElementSelector = elementSelector;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Aggregate;

    /// <summary>What is computed.</summary>
    public AggregateKind Kind { get; }

    /// <summary>The type of each result.</summary>
    public Type ResultType { get; }

    /// <summary>The pattern whose matching facts are aggregated.</summary>
    public PatternElement Source { get; }

    /// <summary>
    /// The value taken from each fact: the number for sum/min/max/average, the key for group-by, the
    /// element for collect (null collects the facts themselves). Its one parameter is the source's declaration.
    /// </summary>
    public LambdaExpression? Selector { get; }

    /// <summary>For group-by: the element placed in the group (null places the fact itself).</summary>
    public LambdaExpression? ElementSelector { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitAggregate(context, this);
    }
}
