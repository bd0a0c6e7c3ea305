using LoyaltyRules.Core;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>
/// Checks expressions: resolves names against the fact schema and the program's own names, gives
/// every expression a type, checks types and units, and folds fixed values. Reports what is wrong
/// and returns <see cref="BoundError"/> there, which later checks pass over in silence.
/// </summary>
internal sealed partial class ExpressionBinder(Symbols symbols, DiagnosticBag diagnostics)
{
    public Symbols Symbols { get; } = symbols;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public BoundExpression Bind(ExpressionSyntax syntax, BindingScope scope) => syntax switch
    {
        NumberSyntax number => Number(number),
        StringSyntax text => Literal(text.Span, LanguageType.Text, text.Value),
        DateSyntax date => Date(date),
        BooleanSyntax boolean => Literal(boolean.Span, LanguageType.Boolean, boolean.Value),
        QuantitySyntax quantity => Quantity(quantity),
        ListSyntax list => List(list, scope),
        NameSyntax name => Name(name, scope),
        CallSyntax call => Call(call, scope),
        ParenthesizedSyntax parenthesized => Bind(parenthesized.Inner, scope) with { Span = parenthesized.Span },
        UnarySyntax unary => Unary(unary, scope),
        BinarySyntax binary => Binary(binary, scope),
        InSyntax @in => In(@in, scope),
        TextTestSyntax test => TextTest(test, scope),
        WithinSyntax within => Within(within, scope),
        PresenceSyntax presence => Presence(presence, scope),
        AggregateSyntax aggregate => Aggregate(aggregate, scope),
        AbsenceSyntax absence => Absence(absence, scope),
        TrendSyntax trend => Trend(trend, scope),
        KeywordSyntax keyword => Keyword(keyword, scope),
        _ => throw new InvalidOperationException($"No binding for {syntax.GetType().Name}."),
    };

    /// <summary>Binds a condition: it must be true or false.</summary>
    public BoundExpression BindCondition(ExpressionSyntax syntax, BindingScope scope)
    {
        var bound = Bind(syntax, scope);
        return RequireBoolean(bound);
    }

    /// <summary>Binds a value that must be fixed (a window, a priority, a date): reports and returns an error otherwise.</summary>
    public BoundExpression BindFixed(ExpressionSyntax syntax, BindingScope scope, string what)
    {
        var bound = Bind(syntax, scope);
        if (bound.Type != LanguageType.Error && bound.Constant is null)
        {
            Diagnostics.Report(DiagnosticCatalog.NotFixed, bound.Span, what);
            return Error(bound.Span);
        }

        return bound;
    }

    /// <summary>Binds a fixed duration (<c>90 days</c>, a constant), reporting a bare number or another type.</summary>
    public Period? BindPeriod(ExpressionSyntax syntax, BindingScope scope, string what)
    {
        var bound = BindFixed(syntax, scope, what);
        switch (bound)
        {
            case { Type: LanguageType.Error }:
                return null;
            case { Type: LanguageType.Duration, Constant: Period period }:
                return period;
            case { Type: LanguageType.Number, Unitless: true }:
                Diagnostics.Report(DiagnosticCatalog.DurationNeedsUnit, bound.Span, Diagnostics.Source.Slice(bound.Span));
                return null;
            default:
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, bound.Span, what, "a duration such as 30 days", TypeNames.Describe(bound), "");
                return null;
        }
    }

    private BoundExpression RequireBoolean(BoundExpression bound)
    {
        if (bound.Type is LanguageType.Boolean or LanguageType.Error)
        {
            return bound;
        }

        Diagnostics.Report(DiagnosticCatalog.NotACondition, bound.Span, TypeNames.Describe(bound));
        return Error(bound.Span);
    }

    private BoundExpression Number(NumberSyntax number)
    {
        if (number.Value == decimal.MaxValue)
        {
            Diagnostics.Report(DiagnosticCatalog.NumberOutOfRange, number.Span, number.Text);
            return Error(number.Span);
        }

        return Literal(number.Span, LanguageType.Number, number.Value) with { Unitless = true };
    }

    private BoundExpression Date(DateSyntax date)
    {
        if (date.Value is not { } value)
        {
            Diagnostics.Report(DiagnosticCatalog.InvalidDate, date.Span, date.Text, Calendar.WhyNotADate(date.Text));
            return Error(date.Span);
        }

        return Literal(date.Span, LanguageType.Date, value);
    }

    private BoundExpression Quantity(QuantitySyntax quantity)
    {
        if (quantity.Value == decimal.MaxValue)
        {
            Diagnostics.Report(DiagnosticCatalog.NumberOutOfRange, new TextSpan(quantity.Span.Start, quantity.ValueText.Length), quantity.ValueText);
            return Error(quantity.Span);
        }

        if (Quantities.Interpret(quantity) is not var (type, value))
        {
            var whole = quantity.Value == decimal.Truncate(quantity.Value)
                ? $"a whole number of {Plural(quantity.Unit)} from 0 to {Quantities.MaxCount(quantity.Unit)} (a thousand years)"
                : "a whole number";
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, quantity.Span, "a duration", whole, quantity.ValueText, "");
            return Error(quantity.Span);
        }

        if (type == LanguageType.Money && !CheckCurrency(quantity.Unit, quantity.UnitSpan))
        {
            return Error(quantity.Span);
        }

        var written = type is LanguageType.Duration or LanguageType.Money ? Plural(quantity.Unit) : null;
        return Literal(quantity.Span, type, value) with { UnitWritten = written };
    }

    private bool CheckCurrency(string code, TextSpan span)
    {
        if (!Currencies.IsKnown(code))
        {
            Diagnostics.Report(DiagnosticCatalog.UnknownCurrency, span, code, Suggestions.DidYouMean(code, Currencies.All));
            return false;
        }

        if (Symbols.Currency is null)
        {
            Diagnostics.Report(DiagnosticCatalog.CurrencyNotDeclared, span, code);
            return false;
        }

        if (Symbols.Currency != code)
        {
            Diagnostics.Report(DiagnosticCatalog.ForeignCurrency, span, Symbols.Currency, code);
            return false;
        }

        return true;
    }

    private BoundExpression List(ListSyntax list, BindingScope scope)
    {
        if (list.Items.Count == 0)
        {
            Diagnostics.Report(DiagnosticCatalog.EmptyList, list.Span);
            return Error(list.Span);
        }

        var items = list.Items.Select(item => Bind(item, scope)).ToList();
        if (items.Any(i => i.Type == LanguageType.Error))
        {
            return Error(list.Span);
        }

        var elementType = items.Select(i => i.Type).FirstOrDefault(t => t != LanguageType.Number, LanguageType.Number);
        foreach (var item in items)
        {
            if (item.Type != elementType && !(item.Type == LanguageType.Number && TypeNames.IsNumeric(elementType)))
            {
                Diagnostics.Report(DiagnosticCatalog.MixedList, item.Span, TypeNames.Plural(elementType), TypeNames.Describe(item));
                return Error(list.Span);
            }

            if (item.Type is LanguageType.List or LanguageType.TextSet or LanguageType.Boolean)
            {
                Diagnostics.Report(DiagnosticCatalog.MixedList, item.Span, "values to look for", TypeNames.Describe(item));
                return Error(list.Span);
            }
        }

        return items.All(i => i.Constant is not null)
            ? Literal(list.Span, LanguageType.List, items.Select(i => i.Constant!).ToArray()) with { ElementType = elementType }
            : new BoundList(list.Span, items) { ElementType = elementType };
    }

    private BoundExpression Keyword(KeywordSyntax keyword, BindingScope scope)
    {
        if (scope.ConstantsOnly)
        {
            return NotConstant(keyword.Span);
        }

        return keyword.Keyword == "birthday"
            ? new BoundKeyword(keyword.Span, LanguageType.Boolean, "birthday")
            : new BoundKeyword(keyword.Span, LanguageType.Date, "today");
    }

    private BoundExpression NotConstant(TextSpan span)
    {
        Diagnostics.Report(DiagnosticCatalog.ConstantNotLiteral, span, Diagnostics.Source.Slice(span));
        return Error(span);
    }

    internal static BoundExpression Literal(TextSpan span, LanguageType type, object value) =>
        new BoundLiteral(span, type, value) { Constant = value };

    internal static BoundExpression Error(TextSpan span) => new BoundError(span);

    private static string Plural(string unit) => unit switch
    {
        "day" => "days",
        "week" => "weeks",
        "month" => "months",
        "year" => "years",
        _ => unit,
    };
}
