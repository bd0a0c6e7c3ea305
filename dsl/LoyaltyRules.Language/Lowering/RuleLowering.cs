using System.Globalization;
using System.Linq.Expressions;
using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
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
        var customer = Expression.Parameter(typeof(CustomerFact), "customer");
        var @event = Expression.Parameter(rule.Kind.FactType, rule.Kind.Name);
        var context = Expression.Parameter(typeof(IContext), "context");
        var lowering = new ExpressionLowering(customer, @event);

        var customerConditions = new List<ConditionElement>();
        var eventConditions = new List<ConditionElement>();
        void Add(Expression body, string label)
        {
            var usesEvent = ParameterFinder.Uses(body, @event);
            var usesCustomer = ParameterFinder.Uses(body, customer);
            var lambda = usesEvent
                ? Members.Lambda(body, usesCustomer ? [@event, customer] : [@event])
                : Members.Lambda(body, customer);
            (usesEvent ? eventConditions : customerConditions).Add(Condition(lambda, label));
        }

        if (rule.Kind.IsTransaction)
        {
            Add(Expression.Equal(Expression.Property(@event, Members.Property(typeof(EventFact), nameof(EventFact.Kind))), Expression.Constant(rule.Kind.Name)), rule.Kind.Name);
            if (program.Currency is { } currency && ReadsEventMoney(rule))
            {
                Add(Expression.Equal(Expression.Property(@event, Members.Property(typeof(TransactionFact), nameof(TransactionFact.Currency))), Expression.Constant(currency)), $"currency = \"{currency}\"");
            }
        }

        foreach (var condition in rule.Conditions.Where(c => c.Expression.Constant is not true))
        {
            Add(lowering.Lower(condition.Expression), condition.Text);
        }

        var date = Expression.Property(@event, Members.Property(typeof(EventFact), nameof(EventFact.Date)));
        if (rule.EffectiveFrom is { } from)
        {
            Add(Expression.GreaterThanOrEqual(date, Expression.Constant(from)), $"effective from {from:yyyy-MM-dd}");
        }

        if (rule.EffectiveUntil is { } until)
        {
            Add(Expression.LessThanOrEqual(date, Expression.Constant(until)), $"effective until {until:yyyy-MM-dd}");
        }

        Expression? onceKey = null;
        if (rule.Once is { } once)
        {
            onceKey = once.Key is null ? Expression.Constant("") : Expression.Call(typeof(RuleFunctions), nameof(RuleFunctions.Key), null, Expression.Convert(lowering.Lower(once.Key), typeof(object)));
            var per = Expression.Constant(once.Per, typeof(Period?));
            Add(Expression.Call(customer, Members.Method(typeof(CustomerFact), nameof(CustomerFact.CanFire)), Expression.Constant(rule.Name), onceKey, per), once.Text);
        }

        var actions = new ActionLowering(rule, lowering, context, program.Source).Lower(onceKey);
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

    /// <summary>Whether the rule reads a money attribute of the event (then it only applies in the program's currency).</summary>
    private static bool ReadsEventMoney(BoundRule rule)
    {
        var expressions = rule.Conditions.Select(c => c.Expression).Concat(rule.Actions.SelectMany(ActionLowering.Expressions));
        return expressions.Any(e => BoundWalker.Any(e, node => node is BoundAttribute { OfEvent: true, Type: LanguageType.Money }));
    }

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
