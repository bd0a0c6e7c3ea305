using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>
/// One action of a rule: a lambda whose first parameter is the <see cref="IContext"/> and whose other
/// parameters name declarations of the rule (available in every or-branch).
/// </summary>
public sealed class ActionElement : RuleElement
{
    internal ActionElement(LambdaExpression expression, string? label)
    {
        Expression = expression;
        Label = label;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Action;

    /// <summary>The action.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>How a person would write the action; null to show the expression.</summary>
    public string? Label { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitAction(context, this);
    }

    /// <inheritdoc />
    public override string ToString() => Label ?? Expression.ToString();
}
