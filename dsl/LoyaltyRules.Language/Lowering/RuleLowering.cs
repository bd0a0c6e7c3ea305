using System.Globalization;
using System.Linq.Expressions;
using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.RuleModel;
using static LoyaltyRules.RuleModel.RuleModelFactory;

namespace LoyaltyRules.Language.Lowering;

/// <summary>
/// Turns a checked rule into a rule definition of the rule model: a customer pattern (conditions on
/// the customer alone) joined with an event pattern (its kind, then conditions that read the event),
/// each condition labelled with its text as written; the actions call <see cref="RuleActions"/>.
/// Rules are non-repeatable: a decision updates the customer, which re-evaluates other rules
/// (forward chaining) but never fires the same rule twice for one event.
/// </summary>
internal static class RuleLowering
{
    /// <summary>The properties explanations read: where the rule is written.</summary>
    public const string SourceProperty = "source";

    /// <summary>The line the rule starts on.</summary>
    public const string LineProperty = "line";

    public static RuleDefinition Lower(BoundRule rule, BoundProgram program)
    {
        var lowering = Lowering(rule);
        var context = Expression.Parameter(typeof(IContext), "context");
        var conditions = Conditions(rule, program, lowering);
        var customerConditions = new List<ConditionElement>();
        var eventConditions = new List<ConditionElement>();
        foreach (var condition in conditions.Items)
        {
            var usesEvent = ParameterFinder.Uses(condition.Body, lowering.Event!);
            var usesCustomer = ParameterFinder.Uses(condition.Body, lowering.Customer);
            var lambda = usesEvent
                ? Members.Lambda(condition.Body, usesCustomer ? [lowering.Event!, lowering.Customer] : [lowering.Event!])
                : Members.Lambda(condition.Body, lowering.Customer);
            (usesEvent ? eventConditions : customerConditions).Add(Condition(lambda, condition.Label));
        }

        var actions = new ActionLowering(rule, lowering, context, program.Source).Lower(conditions.OnceKey);
        var lhs = And(
            Pattern(Declaration("customer", typeof(CustomerFact)), customerConditions),
            Pattern(Declaration(rule.Kind.Name, rule.Kind.FactType), eventConditions));
        var options = new RuleOptions
        {
            Priority = rule.Priority,
            Repeatability = RuleRepeatability.NonRepeatable,
            Description = rule.Description,
            Tags = rule.Tags,
            Properties = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [SourceProperty] = $"{program.Source.Path}:{rule.Line}",
                [LineProperty] = rule.Line.ToString(CultureInfo.InvariantCulture),
            },
        };
        return Rule(rule.Name, lhs, Actions(actions), options);
    }

    /// <summary>The parameters a rule's expressions are written over: the customer and its event.</summary>
    public static ExpressionLowering Lowering(BoundRule rule) =>
        new(Expression.Parameter(typeof(CustomerFact), "customer"), Expression.Parameter(rule.Kind.FactType, rule.Kind.Name));

    /// <summary>
    /// Every condition the rule checks, in the order written: its kind (for a transaction), the
    /// currency (when it reads money of the event), the conditions written, its dates, its 'once' limit.
    /// </summary>
    public static RuleConditions Conditions(BoundRule rule, BoundProgram program, ExpressionLowering lowering)
    {
        var @event = lowering.Event!;
        var customer = lowering.Customer;
        var items = new List<LoweredCondition>();
        if (rule.Kind.IsTransaction)
        {
            items.Add(new(Expression.Equal(Expression.Property(@event, Members.Property(typeof(EventFact), nameof(EventFact.Kind))), Expression.Constant(rule.Kind.Name)), rule.Kind.Name, ConditionRole.EventKind, null));
            if (program.Currency is { } currency && ReadsEventMoney(rule))
            {
                items.Add(new(Expression.Equal(Expression.Property(@event, Members.Property(typeof(TransactionFact), nameof(TransactionFact.Currency))), Expression.Constant(currency)), $"currency = \"{currency}\"", ConditionRole.Currency, null));
            }
        }

        foreach (var condition in rule.Conditions.Where(c => c.Expression.Constant is not true))
        {
            items.Add(new(lowering.Lower(condition.Expression), condition.Text, ConditionRole.Written, condition.Expression));
        }

        var date = Expression.Property(@event, Members.Property(typeof(EventFact), nameof(EventFact.Date)));
        if (rule.EffectiveFrom is { } from)
        {
            items.Add(new(Expression.GreaterThanOrEqual(date, Expression.Constant(from)), $"effective from {from:yyyy-MM-dd}", ConditionRole.EffectiveDates, null));
        }

        if (rule.EffectiveUntil is { } until)
        {
            items.Add(new(Expression.LessThanOrEqual(date, Expression.Constant(until)), $"effective until {until:yyyy-MM-dd}", ConditionRole.EffectiveDates, null));
        }

        Expression? onceKey = null;
        if (rule.Once is { } once)
        {
            onceKey = once.Key is null ? Expression.Constant("") : Expression.Call(typeof(RuleFunctions), nameof(RuleFunctions.Key), null, Expression.Convert(lowering.Lower(once.Key), typeof(object)));
            var per = Expression.Constant(once.Per, typeof(Period?));
            items.Add(new(Expression.Call(customer, Members.Method(typeof(CustomerFact), nameof(CustomerFact.CanFire)), Expression.Constant(rule.Name), onceKey, per), once.Text, ConditionRole.Once, null));
        }

        return new RuleConditions(items, onceKey);
    }

    /// <summary>Whether the rule reads a money attribute of the event (then it only applies in the program's currency).</summary>
    private static bool ReadsEventMoney(BoundRule rule)
    {
        var expressions = rule.Conditions.Select(c => c.Expression).Concat(rule.Actions.SelectMany(ActionLowering.Expressions));
        return expressions.Any(e => BoundWalker.Any(e, node => node is BoundAttribute { OfEvent: true, Type: LanguageType.Money }));
    }

    /// <summary>A rule's conditions, and the key of its 'once' limit (null without one).</summary>
    public sealed record RuleConditions(IReadOnlyList<LoweredCondition> Items, Expression? OnceKey);

    /// <summary>One condition: its expression, its label (the text explanations show), its role, and its bound form when written by the author.</summary>
    public sealed record LoweredCondition(Expression Body, string Label, ConditionRole Role, BoundExpression? Bound);

    /// <summary>Finds whether an expression reads a parameter.</summary>
    private sealed class ParameterFinder(ParameterExpression parameter) : ExpressionVisitor
    {
        private bool _found;

        public static bool Uses(Expression expression, ParameterExpression parameter)
        {
            var finder = new ParameterFinder(parameter);
            finder.Visit(expression);
            return finder._found;
        }

        protected override Expression VisitParameter(ParameterExpression node)
        {
            _found |= node == parameter;
            return node;
        }
    }
}
