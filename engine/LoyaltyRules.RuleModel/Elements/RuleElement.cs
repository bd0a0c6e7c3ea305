namespace LoyaltyRules.RuleModel;

/// <summary>
/// An immutable part of a rule definition. Elements are created only by <see cref="RuleModelFactory"/>
/// and are never changed afterwards, so one element may be shared by many rules and threads.
/// </summary>
public abstract class RuleElement
{
    private protected RuleElement()
    {
    }

    /// <summary>What kind of element this is.</summary>
    public abstract ElementType ElementType { get; }

    /// <summary>Dispatches to the matching method of <paramref name="visitor"/>.</summary>
    public abstract void Accept<TContext>(TContext context, RuleElementVisitor<TContext> visitor);
}
