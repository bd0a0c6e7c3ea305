namespace LoyaltyRules.RuleModel;

/// <summary>The right-hand side of a rule: its actions, run in order when the rule fires.</summary>
public sealed class ActionGroupElement : RuleElement
{
    internal ActionGroupElement(IReadOnlyList<ActionElement> actions) => Actions = actions;

    /// <inheritdoc />
    public override ElementType ElementType => ElementType.ActionGroup;

    /// <summary>The actions, in order.</summary>
    public IReadOnlyList<ActionElement> Actions { get; }

    /// <inheritdoc />
    public override void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        visitor.VisitActionGroup(context, this);
    }
}
