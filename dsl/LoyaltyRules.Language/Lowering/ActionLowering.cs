using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Language.Lowering;

/// <summary>A rule's actions as calls of <see cref="RuleActions"/>, in order; a 'once' mark, then 'stop', come last.</summary>
internal sealed class ActionLowering(BoundRule rule, ExpressionLowering lowering, ParameterExpression context, SourceText source)
{
    public List<ActionElement> Lower(Expression? onceKey)
    {
        var actions = rule.Actions.Where(a => a is not BoundStop).Select(a => Action(Body(a), a)).ToList();
        if (onceKey is not null)
        {
            actions.Add(Action(Call(nameof(RuleActions.MarkFired), context, lowering.Customer, onceKey), null));
        }

        if (rule.Actions.OfType<BoundStop>().FirstOrDefault() is { } stop)
        {
            actions.Add(Action(Call(nameof(RuleActions.Stop), context), stop));
        }

        return actions;
    }

    /// <summary>The expressions an action reads.</summary>
    public static IEnumerable<BoundExpression> Expressions(BoundAction action) => action switch
    {
        BoundAward a => new[] { a.Points, a.Reason, a.Cap }.OfType<BoundExpression>(),
        BoundMultiply m => new[] { m.Factor, m.Reason }.OfType<BoundExpression>(),
        BoundOfferRate r => [r.Discount, r.Product],
        BoundGrant g => [g.Code],
        BoundTag t => [t.Segment],
        BoundNotify n => [n.Template],
        _ => [],
    };

    private ActionElement Action(Expression body, BoundAction? action)
    {
        var label = action is null ? rule.Once!.Text : Label(action);
        return RuleModelFactory.Action(Members.Lambda(body, context, lowering.Customer, lowering.Event!), label);
    }

    private string Label(BoundAction action) => source.SliceOnOneLine(action.Span);

    private MethodCallExpression Body(BoundAction action) => action switch
    {
        BoundAward { Deduct: false } award => Call(nameof(RuleActions.Award), context, lowering.Customer, Points(award.Points), Reason(award.Reason),
            Expression.Constant(award.Pending, typeof(Period?)),
            award.Cap is null ? Expression.Constant(null, typeof(decimal?)) : Lift(lowering.Lower(award.Cap)),
            Expression.Constant(award.CapPeriod, typeof(Period?))),
        BoundAward deduct => Call(nameof(RuleActions.Deduct), context, lowering.Customer, Points(deduct.Points), Reason(deduct.Reason)),
        BoundMultiply multiply => Call(nameof(RuleActions.Multiply), context, lowering.Customer, Points(multiply.Factor), Reason(multiply.Reason)),
        BoundTierChange tier => Call(nameof(RuleActions.ChangeTier), context, lowering.Customer, Expression.Constant(tier.Level), Expression.Constant(tier.Direction)),
        BoundOfferRate rate => Call(nameof(RuleActions.OfferRate), context, lowering.Customer, lowering.Lower(rate.Product),
            Expression.Multiply(Points(rate.Discount), Expression.Constant(10_000m)), Expression.Constant(rate.ValidFor)),
        BoundGrant grant => Call(grant.Gift ? nameof(RuleActions.GrantGift) : nameof(RuleActions.GrantOffer), context, lowering.Customer, lowering.Lower(grant.Code), Expression.Constant(grant.ValidFor, typeof(Period?))),
        BoundTag tag => Call(nameof(RuleActions.Tag), context, lowering.Customer, lowering.Lower(tag.Segment)),
        BoundNotify notify => Call(nameof(RuleActions.Notify), context, lowering.Customer, lowering.Lower(notify.Template)),
        _ => throw new InvalidOperationException($"Cannot lower {action.GetType().Name}."),
    };

    /// <summary>A number for an action: a missing value counts as none.</summary>
    private Expression Points(BoundExpression value)
    {
        var lowered = lowering.Lower(value);
        return lowered.Type == typeof(decimal) ? lowered : Expression.Coalesce(lowered, Expression.Constant(0m));
    }

    private Expression Reason(BoundExpression? reason) =>
        reason is null ? Expression.Constant(rule.Name) : Expression.Coalesce(lowering.Lower(reason), Expression.Constant(rule.Name));

    private static UnaryExpression Lift(Expression expression) => Expression.Convert(expression, typeof(decimal?));

    private static MethodCallExpression Call(string name, params Expression[] arguments) => Expression.Call(ActionMethods[name], arguments);

    /// <summary>The actions by name, looked up once.</summary>
    private static readonly FrozenDictionary<string, MethodInfo> ActionMethods = typeof(RuleActions)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(m => m.Name, StringComparer.Ordinal);
}
