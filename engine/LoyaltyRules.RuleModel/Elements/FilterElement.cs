using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>
/// A predicate over the complete match, checked before the rule is placed on the agenda (and again
/// when the match changes). Its parameters may name any declaration of the rule.
/// </summary>
public sealed class FilterElement : RuleElement
{
    internal FilterElement(LambdaExpression expression, string? label)
    {
        Expression = expression;
        Label = label;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Filter;

    /// <summary>The predicate, a lambda returning <see cref="bool"/>.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>How a person would write the predicate; null to show the expression.</summary>
    public string? Label { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitFilter(context, this);
    }

    /// <inheritdoc />
    public override string ToString() => Label ?? Expression.ToString();
}
