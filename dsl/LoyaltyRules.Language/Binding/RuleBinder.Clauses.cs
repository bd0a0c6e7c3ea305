using LoyaltyRules.Core;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>A rule's metadata clauses: description, priority, tags, effective dates, once.</summary>
internal sealed partial class RuleBinder
{
    private sealed record ClauseValues(int Priority, string? Description, IReadOnlyList<string> Tags, DateOnly? From, DateOnly? Until, BoundOnce? Once);

    private ClauseValues Clauses(RuleDeclarationSyntax rule, string name, BindingScope scope)
    {
        var seen = new Dictionary<string, RuleClauseSyntax>(StringComparer.Ordinal);
        int priority = 0;
        string? description = null;
        var tags = new List<string>();
        DateOnly? from = null, until = null;
        BoundOnce? once = null;
        foreach (var clause in rule.Clauses.Concat(rule.TrailingClauses))
        {
            if (seen.TryGetValue(clause.Keyword, out var earlier))
            {
                Diagnostics.Report(DiagnosticCatalog.DuplicateClause, clause.Span, name, clause.Keyword, Diagnostics.Source.PositionOf(earlier.Span.Start).Line);
                continue;
            }

            seen[clause.Keyword] = clause;
            switch (clause)
            {
                case DescriptionClauseSyntax d:
                    description = d.Text.Value;
                    break;
                case PriorityClauseSyntax p:
                    priority = Priority(p, scope);
                    break;
                case TagsClauseSyntax t:
                    tags.AddRange(t.Tags.Select(tag => tag.Text));
                    break;
                case EffectiveClauseSyntax e:
                    from = e.From is null ? null : FixedDate(e.From, scope, "an 'effective from' date");
                    until = e.Until is null ? null : FixedDate(e.Until, scope, "an 'effective until' date");
                    break;
                case OnceClauseSyntax o:
                    once = Once(o, scope);
                    break;
                default:
                    throw new InvalidOperationException($"No binding for {clause.GetType().Name}.");
            }
        }

        return new ClauseValues(priority, description, tags, from, until, once);
    }

    private int Priority(PriorityClauseSyntax clause, BindingScope scope)
    {
        var value = expressions.BindFixed(clause.Value, scope, "a priority");
        if (value is { Type: LanguageType.Number, Constant: decimal d } && d == decimal.Truncate(d) && d is >= -1_000_000 and <= 1_000_000)
        {
            return (int)d;
        }

        if (value.Type != LanguageType.Error)
        {
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, "a priority", "a whole number from -1000000 to 1000000", TypeNames.Describe(value) + (value.Constant is decimal n ? $" ({n})" : ""), "");
        }

        return 0;
    }

    private DateOnly? FixedDate(ExpressionSyntax syntax, BindingScope scope, string what)
    {
        var value = expressions.BindFixed(syntax, scope, what);
        if (value is { Constant: DateOnly date })
        {
            return date;
        }

        if (value.Type != LanguageType.Error)
        {
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, what, "a date such as 2026-01-31", TypeNames.Describe(value), "");
        }

        return null;
    }

    /// <summary>
    /// <c>once</c>: ever; <c>once per P</c>: at most once in any period P; <c>once per attribute</c>:
    /// once for each value of an attribute of the event; <c>once per customer</c> is <c>once</c>.
    /// </summary>
    private BoundOnce? Once(OnceClauseSyntax clause, BindingScope scope)
    {
        var text = Label(clause.Span);
        BoundExpression? key = null;
        Period? per = null;
        var periodSyntax = clause.Period;
        if (clause.Key is NameSyntax { Parts: [{ Text: "customer" }] })
        {
            key = null;
        }
        else if (clause.Key is { } keySyntax)
        {
            var bound = expressions.Bind(keySyntax, scope);
            if (bound is BoundAttribute { OfEvent: true } attribute)
            {
                key = attribute;
            }
            else if (bound is { Type: LanguageType.Duration, Constant: Period } && periodSyntax is null)
            {
                periodSyntax = keySyntax;
            }
            else if (bound.Type != LanguageType.Error)
            {
                Diagnostics.Report(DiagnosticCatalog.NotAnAttributeForOnce, keySyntax.Span, Diagnostics.Source.Slice(keySyntax.Span));
                return null;
            }
            else
            {
                return null;
            }
        }

        if (periodSyntax is not null && (per = expressions.BindPeriod(periodSyntax, scope, "the period of 'once per'")) is null)
        {
            return null;
        }

        return new BoundOnce(clause.Span, key, per, text);
    }
}
