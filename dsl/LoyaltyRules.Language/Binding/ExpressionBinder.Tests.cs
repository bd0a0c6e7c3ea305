using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Membership, text tests, <c>within</c>, presence, calls.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression In(InSyntax syntax, BindingScope scope)
    {
        var item = Bind(syntax.Item, scope);
        var list = Bind(syntax.List, scope);
        if (item.Type == LanguageType.Error || list.Type == LanguageType.Error)
        {
            return Error(syntax.Span);
        }

        if (list.Type == LanguageType.TextSet)
        {
            if (item.Type != LanguageType.Text)
            {
                Diagnostics.Report(DiagnosticCatalog.TypeMismatch, syntax.Span, "look for", TypeNames.Describe(item), "the customer's tags", ": tags are text");
                return Error(syntax.Span);
            }

            return new BoundIn(syntax.Span, item, list, syntax.Negated);
        }

        if (list.Type != LanguageType.List)
        {
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, list.Span, "'in'", "a list such as [\"a\", \"b\"]", TypeNames.Describe(list), "");
            return Error(syntax.Span);
        }

        var element = ExpressionBinder.Literal(list.Span, list.ElementType, 0m);
        if (!Comparable(syntax.Span, "look for", ref item, ref element))
        {
            return Error(syntax.Span);
        }

        bool? constant = item.Constant is { } value && list.Constant is object[] items
            ? items.Any(i => ConstantFolder.Same(value, i)) != syntax.Negated
            : null;
        return new BoundIn(syntax.Span, item, list, syntax.Negated) { Constant = constant };
    }

    private BoundExpression TextTest(TextTestSyntax syntax, BindingScope scope)
    {
        var left = Bind(syntax.Left, scope);
        var right = Bind(syntax.Right, scope);
        if (left.Type == LanguageType.Error || right.Type == LanguageType.Error)
        {
            return Error(syntax.Span);
        }

        var fits = right.Type == LanguageType.Text && (left.Type == LanguageType.Text || (left.Type == LanguageType.TextSet && syntax.Operator == "contains"));
        if (!fits)
        {
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, syntax.Span, $"'{syntax.Operator}'", "text on both sides", $"{TypeNames.Describe(left)} and {TypeNames.Describe(right)}", "");
            return Error(syntax.Span);
        }

        return new BoundTextTest(syntax.Span, syntax.Operator, left, right);
    }

    private BoundExpression Within(WithinSyntax syntax, BindingScope scope)
    {
        var date = Bind(syntax.Date, scope);
        var duration = BindPeriod(syntax.Duration, scope, "the length in 'within'");
        var anchor = syntax.Anchor is null ? null : Bind(syntax.Anchor, scope);
        if (date.Type == LanguageType.Error || duration is null || anchor?.Type == LanguageType.Error)
        {
            return Error(syntax.Span);
        }

        foreach (var value in new[] { date, anchor })
        {
            if (value is not null && value.Type != LanguageType.Date)
            {
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, "'within'", "a date", TypeNames.Describe(value), "");
                return Error(syntax.Span);
            }
        }

        if (scope.ConstantsOnly && anchor is null)
        {
            return NotConstant(syntax.Span);
        }

        return new BoundWithin(syntax.Span, date, duration.Value, anchor);
    }

    private BoundExpression Presence(PresenceSyntax syntax, BindingScope scope)
    {
        var operand = Bind(syntax.Operand, scope);
        return operand.Type == LanguageType.Error
            ? Error(syntax.Span)
            : new BoundPresence(syntax.Span, operand, syntax.Present) { Constant = operand.Optional ? null : syntax.Present };
    }

    private BoundExpression Call(CallSyntax call, BindingScope scope)
    {
        var name = call.Function.Text;
        if (!Functions.Signatures.TryGetValue(name, out var takes))
        {
            Diagnostics.Report(DiagnosticCatalog.UnknownFunction, call.Function.Span, name, Suggestions.DidYouMean(name, Functions.Signatures.Keys));
            return Error(call.Span);
        }

        var arguments = call.Arguments.Select(a => Bind(a, scope)).ToList();
        if (arguments.Any(a => a.Type == LanguageType.Error))
        {
            return Error(call.Span);
        }

        if (name == "round" && arguments is [{ Type: var rounded }, { Type: LanguageType.Number } places] && TypeNames.IsNumeric(rounded)
            && !Functions.FitsDecimals(places))
        {
            if (places.Constant is null)
            {
                Diagnostics.Report(DiagnosticCatalog.NotFixed, places.Span, "the number of decimals to keep");
            }
            else
            {
                Diagnostics.Report(DiagnosticCatalog.WrongArguments, places.Span, name, $"0 to {Functions.MaxDecimals} decimals", Diagnostics.Source.Slice(places.Span));
            }

            return Error(call.Span);
        }

        if (Functions.ResultType(name, arguments) is not { } type)
        {
            var given = arguments.Count == 0 ? "nothing" : string.Join(" and ", arguments.Select(TypeNames.Describe));
            Diagnostics.Report(DiagnosticCatalog.WrongArguments, call.Span, name, takes, given);
            return Error(call.Span);
        }

        return new BoundCall(call.Span, type, name, arguments)
        {
            Optional = arguments.Any(a => a.Optional),
            Unitless = arguments.All(a => a.Unitless),
            Constant = arguments.All(a => a.Constant is not null) ? FoldCall(name, arguments.Select(a => a.Constant!).ToList()) : null,
        };
    }

    private static object? FoldCall(string name, List<object> values) => (name, values) switch
    {
        ("floor", [decimal x]) => Math.Floor(x),
        ("ceil", [decimal x]) => Math.Ceiling(x),
        ("round", [decimal x]) => Math.Round(x, MidpointRounding.AwayFromZero),
        ("round", [decimal x, decimal places]) => Math.Round(x, (int)places, MidpointRounding.AwayFromZero),
        ("abs", [decimal x]) => Math.Abs(x),
        ("min", _) => values.Cast<decimal>().Min(),
        ("max", _) => values.Cast<decimal>().Max(),
        ("lower", [string s]) => s.ToLowerInvariant(),
        ("upper", [string s]) => s.ToUpperInvariant(),
        ("year", [DateOnly d]) => (decimal)d.Year,
        ("month", [DateOnly d]) => (decimal)d.Month,
        ("day", [DateOnly d]) => (decimal)d.Day,
        ("weekday", [DateOnly d]) => d.DayOfWeek.ToString().ToLowerInvariant(),
        _ => null,
    };
}
