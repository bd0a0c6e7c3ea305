using System.Linq.Expressions;

namespace LoyaltyRules.RuleModel;

/// <summary>Computes a value from declarations made earlier in the rule and binds it to <see cref="Declaration"/>.</summary>
public sealed class BindingElement : RuleElement
{
    internal BindingElement(Declaration declaration, LambdaExpression expression)
    {
        Declaration = declaration;
        Expression = expression;
    }

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.Binding;

    /// <summary>Where the computed value is bound.</summary>
    public Declaration Declaration { get; }

    /// <summary>The computation; its parameters name earlier declarations.</summary>
    public LambdaExpression Expression { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitBinding(context, this);
    }
}
