namespace LoyaltyRules.RuleModel;

/// <summary>
/// Walks rule elements. Every method visits the element's children by default; override the ones
/// you need. <typeparamref name="TContext"/> carries whatever state the walk needs.
/// </summary>
public abstract class RuleElementVisitor<TContext>
{
    /// <summary>Visits <paramref name="element"/> through its <see cref="RuleElement.Accept{TContext}"/>.</summary>
    public void Visit(TContext context, RuleElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        element.Accept(context, this);
    }

    /// <summary>Visits the left-hand side, then the right-hand side.</summary>
    public virtual void VisitRule(TContext context, RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Visit(context, rule.LeftHandSide);
        Visit(context, rule.RightHandSide);
    }

    /// <summary>Visits the source, then each condition.</summary>
    public virtual void VisitPattern(TContext context, PatternElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        if (element.Source is not null)
        {
            Visit(context, element.Source);
        }

        foreach (var condition in element.Conditions)
        {
            Visit(context, condition);
        }
    }

    /// <summary>Visits each child in order.</summary>
    public virtual void VisitGroup(TContext context, GroupElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var child in element.ChildElements)
        {
            Visit(context, child);
        }
    }

    /// <summary>Visits the source pattern.</summary>
    public virtual void VisitNot(TContext context, NotElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Visit(context, element.Source);
    }

    /// <summary>Visits the source pattern.</summary>
    public virtual void VisitExists(TContext context, ExistsElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Visit(context, element.Source);
    }

    /// <summary>Visits the source pattern.</summary>
    public virtual void VisitAggregate(TContext context, AggregateElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        Visit(context, element.Source);
    }

    /// <summary>Does nothing by default.</summary>
    public virtual void VisitCondition(TContext context, ConditionElement element)
    {
    }

    /// <summary>Does nothing by default.</summary>
    public virtual void VisitBinding(TContext context, BindingElement element)
    {
    }

    /// <summary>Does nothing by default.</summary>
    public virtual void VisitFilter(TContext context, FilterElement element)
    {
    }

    /// <summary>Visits each action in order.</summary>
    public virtual void VisitActionGroup(TContext context, ActionGroupElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        foreach (var action in element.Actions)
        {
            Visit(context, action);
        }
    }

    /// <summary>Does nothing by default.</summary>
    public virtual void VisitAction(TContext context, ActionElement element)
    {
    }
}
