using LoyaltyRules.Core;
using LoyaltyRules.Core.Schema;
using LoyaltyRules.Core.State;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Rolling figures, absence and trends.</summary>
internal sealed partial class ExpressionBinder
{
    /// <summary>How far back a trend's two periods may reach together: half the state's horizon each.</summary>
    private static readonly Period TrendLimit = Period.FromMonths(CustomerState.Horizon.Months / 2);

    private BoundExpression Aggregate(AggregateSyntax syntax, BindingScope scope) => Aggregate(syntax, scope, CustomerState.Horizon);

    private BoundExpression Aggregate(AggregateSyntax syntax, BindingScope scope, Period limit)
    {
        if (scope.ConstantsOnly)
        {
            return NotConstant(syntax.Span);
        }

        EventKindDefinition? kind = null;
        if (syntax.EventKind is { } kindName && (kind = CountableKind(kindName)) is null)
        {
            return Error(syntax.Span);
        }

        Period? window = null;
        if (syntax.Window is not null && (window = Window(syntax.Window, scope, limit)) is null)
        {
            return Error(syntax.Span);
        }

        switch (syntax.Function)
        {
            case AggregateFunction.PointsEarned:
                return new BoundAggregate(syntax.Span, LanguageType.Points, syntax.Function, null, window, false);
            case AggregateFunction.Count:
                return new BoundAggregate(syntax.Span, LanguageType.Number, syntax.Function, kind, window, false);
            case AggregateFunction.DaysSince:
                return new BoundAggregate(syntax.Span, LanguageType.Duration, syntax.Function, kind, null, false) { UnitWritten = "days" };
            default:
                var measure = syntax.Measure!;
                if (kind!.Measure is not { } attribute)
                {
                    Diagnostics.Report(DiagnosticCatalog.UnknownAttribute, measure.Span, measure.Text, kind.Name, $"; {kind.Name} events have no amount to add up: use 'count of {kind.Name} within …'");
                    return Error(syntax.Span);
                }

                if (attribute.Name != measure.Text)
                {
                    Diagnostics.Report(DiagnosticCatalog.UnknownAttribute, measure.Span, measure.Text, kind.Name, $"; did you mean '{attribute.Name}'?");
                    return Error(syntax.Span);
                }

                return new BoundAggregate(syntax.Span, Convert(attribute.Type), syntax.Function, kind, window, false)
                {
                    Optional = syntax.Function is AggregateFunction.Average or AggregateFunction.Max,
                };
        }
    }

    private BoundExpression Absence(AbsenceSyntax syntax, BindingScope scope)
    {
        if (scope.ConstantsOnly)
        {
            return NotConstant(syntax.Span);
        }

        var kind = CountableKind(syntax.EventKind);
        var duration = BindPeriod(syntax.Duration, scope, "the length in 'no … for'");
        return kind is null || duration is null ? Error(syntax.Span) : new BoundAbsence(syntax.Span, kind, duration.Value);
    }

    private BoundExpression Trend(TrendSyntax syntax, BindingScope scope)
    {
        if (syntax.Aggregate is not AggregateSyntax { Window: not null } figure)
        {
            var words = syntax.Dropped ? "dropped by" : "rose by";
            Diagnostics.Report(DiagnosticCatalog.TrendNeedsFigure, syntax.Span, words);
            return Error(syntax.Span);
        }

        var current = Aggregate(figure, scope, TrendLimit);
        var percent = Bind(syntax.Percent, scope);
        if (current is not BoundAggregate aggregate || percent.Type == LanguageType.Error)
        {
            return Error(syntax.Span);
        }

        if (percent is not { Type: LanguageType.Percent, Constant: decimal fraction })
        {
            var fix = percent.Unitless ? $": write {Diagnostics.Source.Slice(percent.Span)}%" : "";
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, percent.Span, syntax.Dropped ? "'dropped by'" : "'rose by'", "a fixed percentage", TypeNames.Describe(percent), fix);
            return Error(syntax.Span);
        }

        return new BoundTrend(syntax.Span, aggregate, aggregate with { Previous = true }, syntax.Dropped, fraction);
    }

    private EventKindDefinition? CountableKind(Identifier name)
    {
        var kind = FactSchema.Kind(name.Text);
        if (kind is null || kind.IsSweep)
        {
            var kinds = FactSchema.Kinds.Where(k => !k.IsSweep).Select(k => k.Name);
            Diagnostics.Report(DiagnosticCatalog.UnknownEventKind, name.Span, name.Text, Suggestions.DidYouMean(name.Text, kinds));
            return null;
        }

        return kind;
    }

    private Period? Window(ExpressionSyntax syntax, BindingScope scope, Period limit)
    {
        if (BindPeriod(syntax, scope, "a window") is not { } window)
        {
            return null;
        }

        // Measured forwards from a fixed day; a window that runs off the calendar is far too long.
        var reference = new DateOnly(2000, 3, 1);
        if (!Calendar.TryShift(reference, window, 1, out var end) || end <= reference || end > limit.After(reference))
        {
            Diagnostics.Report(DiagnosticCatalog.WindowOutOfRange, syntax.Span, window, limit);
            return null;
        }

        return window;
    }
}
