using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>
/// A boolean condition of a pattern. Its parameters name declarations: the pattern's own fact and,
/// for a join, facts or values declared earlier in the rule.
/// </summary>
public sealed class ConditionElement : RuleElement
{
    internal ConditionElement(LambdaExpression expression, string? label)
    {
        Expression = expression;
        Label = label;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Condition;

    /// <summary>The condition, a lambda returning <see cref="bool"/>.</summary>
    public LambdaExpression Expression { get; }

    /// <summary>How a person would write the condition (for example its source text); null to show the expression.</summary>
    public string? Label { get; }

    /// <summary>The names of the declarations the condition reads, in parameter order.</summary>
    public IEnumerable<string> ParameterNames => Expression.Parameters.Select(p => p.Name ?? "");

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitCondition(context, this);
    }

    /// <inheritdoc />
    public override string ToString() => Label ?? Expression.ToString();
}
