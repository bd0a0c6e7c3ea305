using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Checks one rule: its trigger and conditions, its clauses and its actions.</summary>
internal sealed partial class RuleBinder(ExpressionBinder expressions)
{
    private DiagnosticBag Diagnostics => expressions.Diagnostics;

    private Symbols Symbols => expressions.Symbols;

    /// <summary>The rule, or null when its trigger names no known event kind.</summary>
    public BoundRule? Bind(RuleDeclarationSyntax rule, string name)
    {
        var (kind, conditionSyntax) = Trigger(rule.Trigger);
        if (kind is null)
        {
            return null;
        }

        var scope = BindingScope.Rule(name, kind, kind.IsSweep);
        var conditions = conditionSyntax
            .Select(c => new BoundCondition(expressions.BindCondition(c, scope), Label(c.Span), c.Span))
            .ToList();
        var clauses = Clauses(rule, name, scope);
        var actions = rule.Actions.Select(a => Action(a, scope)).OfType<BoundAction>().ToList();
        var line = Diagnostics.Source.PositionOf(rule.Span.Start).Line;
        return new BoundRule(rule, name, line, clauses.Priority, clauses.Description, clauses.Tags, kind, conditions, clauses.From, clauses.Until, clauses.Once, actions);
    }

    /// <summary>The kind the rule runs on and its conditions (the parts of the trigger joined by 'and').</summary>
    private (EventKindDefinition? Kind, IReadOnlyList<ExpressionSyntax> Conditions) Trigger(TriggerSyntax trigger)
    {
        var sweep = FactSchema.Kind(Core.Events.EventKinds.Sweep)!;
        switch (trigger)
        {
            case EventTriggerSyntax { Kind: var kindName, Where: var where }:
                var kind = FactSchema.Kind(kindName.Text);
                if (kind is null)
                {
                    Diagnostics.Report(DiagnosticCatalog.UnknownEventKind, kindName.Span, kindName.Text, Suggestions.DidYouMean(kindName.Text, FactSchema.Kinds.Select(k => k.Name)));
                    return (null, []);
                }

                return (kind, where is null ? [] : Conjuncts(where));
            case ConditionTriggerSyntax { Condition: NameSyntax { Parts: [var only] } name } when !IsKnownName(only.Text):
                if (FactSchema.Kind(only.Text) is { } named)
                {
                    return (named, []);
                }

                var closestKind = Suggestions.Closest(only.Text, FactSchema.Kinds.Select(k => k.Name));
                if (closestKind is not null)
                {
                    Diagnostics.Report(DiagnosticCatalog.UnknownEventKind, name.Span, only.Text, $"; did you mean '{closestKind}'?");
                    return (null, []);
                }

                return (sweep, [name]);
            case ConditionTriggerSyntax { Condition: var condition }:
                return (sweep, Conjuncts(condition));
            default:
                throw new InvalidOperationException($"No binding for {trigger.GetType().Name}.");
        }
    }

    private bool IsKnownName(string name) =>
        Symbols.Conditions.ContainsKey(name) || Symbols.Constants.ContainsKey(name) || FactSchema.CustomerAttribute(name) is not null;

    /// <summary>The parts of a condition joined by top-level 'and', in order.</summary>
    public static IReadOnlyList<ExpressionSyntax> Conjuncts(ExpressionSyntax condition)
    {
        var parts = new List<ExpressionSyntax>();
        Collect(condition, parts);
        return parts;

        static void Collect(ExpressionSyntax expression, List<ExpressionSyntax> parts)
        {
            if (expression is BinarySyntax { Operator: "and" } and)
            {
                Collect(and.Left, parts);
                Collect(and.Right, parts);
            }
            else
            {
                parts.Add(expression);
            }
        }
    }

    /// <summary>The text of a span as a one-line label: whitespace runs become one space.</summary>
    public string Label(TextSpan span) => Diagnostics.Source.SliceOnOneLine(span);
}
