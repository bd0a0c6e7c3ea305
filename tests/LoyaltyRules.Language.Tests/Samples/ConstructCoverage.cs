using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Samples;

/// <summary>Records which constructs of the language a set of syntax trees uses, and names those none does.</summary>
internal sealed class ConstructCoverage
{
    private static readonly string[] Expected =
    [
        // Declarations and settings
        "program", "currency", "points expire after", "review tiers every", "grace", "reversals requalify tiers", "const", "condition",
        "tier default", "tier when", "tier upgrade when", "tier keep when", "tier downgrade when", "comment",

        // Rule clauses and triggers
        "rule", "description", "priority", "tags", "effective from", "effective until", "once", "once per period", "once per key",
        "trigger event where", "trigger event alone", "trigger condition",

        // Expressions
        "number", "string", "date", "true or false", "list", "name", "dotted name", "spaced name", "call", "parentheses",
        "quantity points", "quantity days", "quantity weeks", "quantity months", "quantity years", "quantity bp", "quantity %", "quantity money",
        "and", "or", "not", "-x", "+", "-", "*", "/", "=", "!=", "<", "<=", ">", ">=", "in", "not in",
        "starts with", "ends with", "contains", "within", "within of", "is missing", "is present", "dropped by", "rose by",
        "points earned within", "count of", "sum of", "average of", "max of", "days since last", "no for", "birthday", "today",
        "floor", "ceil", "round", "abs", "min", "max", "lower", "upper", "year", "month", "day", "weekday",

        // Actions and modifiers
        "award", "deduct", "multiply", "upgrade tier", "downgrade tier", "set tier", "offer rate", "offer", "grant gift", "tag", "notify", "stop",
        "as", "to referrer", "pending", "capped at", "valid",
    ];

    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
    private SourceText? _source;

    public void Add(CompilationUnitSyntax unit, SourceText source)
    {
        _source = source;
        if (unit.Comments.Count > 0)
        {
            _seen.Add("comment");
        }

        foreach (var declaration in unit.Declarations)
        {
            Declaration(declaration);
        }
    }

    public IReadOnlyList<string> Missing() => [.. Expected.Where(e => !_seen.Contains(e))];

    private void Declaration(DeclarationSyntax declaration)
    {
        switch (declaration)
        {
            case ProgramDeclarationSyntax:
                _seen.Add("program");
                break;
            case CurrencyDeclarationSyntax:
                _seen.Add("currency");
                break;
            case PointsExpiryDeclarationSyntax expiry:
                _seen.Add("points expire after");
                Expression(expiry.After);
                break;
            case TierReviewDeclarationSyntax review:
                _seen.Add("review tiers every");
                Expression(review.Every);
                if (review.Grace is not null)
                {
                    _seen.Add("grace");
                    Expression(review.Grace);
                }

                break;
            case ReversalSettingSyntax:
                _seen.Add("reversals requalify tiers");
                break;
            case ConstDeclarationSyntax constant:
                _seen.Add("const");
                Expression(constant.Value);
                break;
            case ConditionDeclarationSyntax condition:
                _seen.Add("condition");
                Expression(condition.Condition);
                break;
            case TierDeclarationSyntax tier:
                foreach (var clause in tier.Clauses)
                {
                    _seen.Add("tier " + clause.Keyword);
                    if (clause.Condition is not null)
                    {
                        Expression(clause.Condition);
                    }
                }

                break;
            case RuleDeclarationSyntax rule:
                Rule(rule);
                break;
            default:
                break;
        }
    }

    private void Rule(RuleDeclarationSyntax rule)
    {
        _seen.Add("rule");
        foreach (var clause in rule.Clauses.Concat(rule.TrailingClauses))
        {
            switch (clause)
            {
                case EffectiveClauseSyntax effective:
                    _seen.Add(effective.From is not null ? "effective from" : "effective until");
                    if (effective.From is not null && effective.Until is not null)
                    {
                        _seen.Add("effective until");
                    }

                    new[] { effective.From, effective.Until }.OfType<ExpressionSyntax>().ToList().ForEach(Expression);
                    break;
                case OnceClauseSyntax once:
                    _seen.Add(once.Key is not null ? "once per key" : once.Period is not null ? "once per period" : "once");
                    if (once.Period is not null)
                    {
                        _seen.Add("once per period");
                        Expression(once.Period);
                    }

                    break;
                case PriorityClauseSyntax priority:
                    _seen.Add("priority");
                    Expression(priority.Value);
                    break;
                default:
                    _seen.Add(clause.Keyword);
                    break;
            }
        }

        switch (rule.Trigger)
        {
            case EventTriggerSyntax trigger:
                _seen.Add("trigger event where");
                Expression(trigger.Where!);
                break;
            case ConditionTriggerSyntax { Condition: NameSyntax { Parts.Count: 1 } name } when Core.Schema.FactSchema.Kind(name.Dotted) is not null:
                _seen.Add("trigger event alone");
                break;
            case ConditionTriggerSyntax trigger:
                _seen.Add("trigger condition");
                Expression(trigger.Condition);
                break;
            default:
                break;
        }

        foreach (var action in rule.Actions)
        {
            Action(action);
        }
    }

    private void Action(ActionSyntax action)
    {
        switch (action)
        {
            case AwardActionSyntax award:
                _seen.Add(award.Deduct ? "deduct" : "award");
                Expression(award.Points);
                Modifiers(award.Modifiers);
                break;
            case MultiplyActionSyntax multiply:
                _seen.Add("multiply");
                Expression(multiply.Factor);
                Modifiers(multiply.Modifiers);
                break;
            case TierActionSyntax tier:
                _seen.Add(tier.Direction + " tier");
                break;
            case OfferRateActionSyntax rate:
                _seen.Add("offer rate");
                Expression(rate.Discount);
                Expression(rate.Product);
                Expression(rate.ValidFor);
                break;
            case GrantActionSyntax grant:
                _seen.Add(grant.Gift ? "grant gift" : "offer");
                Expression(grant.Code);
                Modifiers(grant.Modifiers);
                break;
            case TagActionSyntax tag:
                _seen.Add("tag");
                Expression(tag.Segment);
                break;
            case NotifyActionSyntax notify:
                _seen.Add("notify");
                Expression(notify.Template);
                break;
            case StopActionSyntax:
                _seen.Add("stop");
                break;
            default:
                break;
        }
    }

    private void Modifiers(IEnumerable<ModifierSyntax> modifiers)
    {
        foreach (var modifier in modifiers)
        {
            _seen.Add(modifier.Keyword);
            new[] { modifier.Value, modifier.Per }.OfType<ExpressionSyntax>().ToList().ForEach(Expression);
        }
    }

    private void Expression(ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NumberSyntax:
                _seen.Add("number");
                break;
            case StringSyntax:
                _seen.Add("string");
                break;
            case DateSyntax:
                _seen.Add("date");
                break;
            case BooleanSyntax:
                _seen.Add("true or false");
                break;
            case QuantitySyntax quantity:
                _seen.Add("quantity " + quantity.Unit switch
                {
                    "point" or "points" => "points",
                    "day" or "days" => "days",
                    "week" or "weeks" => "weeks",
                    "month" or "months" => "months",
                    "year" or "years" => "years",
                    "bp" => "bp",
                    "%" => "%",
                    _ => "money",
                });
                break;
            case ListSyntax list:
                _seen.Add("list");
                list.Items.ToList().ForEach(Expression);
                break;
            case NameSyntax name:
                _seen.Add(name.Parts.Count > 1 ? "dotted name" : "name");
                if (name.Parts.Any(p => _source!.Slice(p.Span).Contains(' ', StringComparison.Ordinal)))
                {
                    _seen.Add("spaced name");
                }

                break;
            case CallSyntax call:
                _seen.Add("call");
                _seen.Add(call.Function.Text);
                call.Arguments.ToList().ForEach(Expression);
                break;
            case ParenthesizedSyntax parenthesized:
                _seen.Add("parentheses");
                Expression(parenthesized.Inner);
                break;
            case UnarySyntax unary:
                _seen.Add(unary.Operator == "-" ? "-x" : "not");
                Expression(unary.Operand);
                break;
            case BinarySyntax binary:
                _seen.Add(binary.Operator);
                Expression(binary.Left);
                Expression(binary.Right);
                break;
            case InSyntax @in:
                _seen.Add(@in.Negated ? "not in" : "in");
                Expression(@in.Item);
                Expression(@in.List);
                break;
            case TextTestSyntax test:
                _seen.Add(test.Operator);
                Expression(test.Left);
                Expression(test.Right);
                break;
            case WithinSyntax within:
                _seen.Add(within.Anchor is null ? "within" : "within of");
                new[] { within.Date, within.Duration, within.Anchor }.OfType<ExpressionSyntax>().ToList().ForEach(Expression);
                break;
            case PresenceSyntax presence:
                _seen.Add(presence.Present ? "is present" : "is missing");
                Expression(presence.Operand);
                break;
            case AggregateSyntax aggregate:
                if (aggregate.Window is not null)
                {
                    Expression(aggregate.Window);
                }

                _seen.Add(aggregate.Function switch
                {
                    AggregateFunction.PointsEarned => "points earned within",
                    AggregateFunction.Count => "count of",
                    AggregateFunction.Sum => "sum of",
                    AggregateFunction.Average => "average of",
                    AggregateFunction.Max => "max of",
                    _ => "days since last",
                });
                break;
            case AbsenceSyntax absence:
                _seen.Add("no for");
                Expression(absence.Duration);
                break;
            case TrendSyntax trend:
                _seen.Add(trend.Dropped ? "dropped by" : "rose by");
                Expression(trend.Aggregate);
                Expression(trend.Percent);
                break;
            case KeywordSyntax keyword:
                _seen.Add(keyword.Keyword);
                break;
            default:
                break;
        }
    }
}
