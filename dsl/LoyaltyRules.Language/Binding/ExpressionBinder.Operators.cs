using LoyaltyRules.Core;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>Logic, comparisons, arithmetic, <c>in</c>, text tests, <c>within</c>, presence.</summary>
internal sealed partial class ExpressionBinder
{
    private BoundExpression Unary(UnarySyntax unary, BindingScope scope)
    {
        var operand = Bind(unary.Operand, scope);
        if (operand.Type == LanguageType.Error)
        {
            return Error(unary.Span);
        }

        if (unary.Operator == "not")
        {
            operand = RequireBoolean(operand);
            return operand.Type == LanguageType.Error
                ? operand
                : new BoundUnary(unary.Span, LanguageType.Boolean, "not", operand) { Constant = operand.Constant is bool b ? !b : null };
        }

        if (!TypeNames.IsNumeric(operand.Type))
        {
            Diagnostics.Report(DiagnosticCatalog.TypeMismatch, unary.Span, "negate", TypeNames.Describe(operand), "a minus sign", "");
            return Error(unary.Span);
        }

        return new BoundUnary(unary.Span, operand.Type, "-", operand)
        {
            Constant = operand.Constant is decimal d ? -d : null,
            Unitless = operand.Unitless,
            Optional = operand.Optional,
        };
    }

    private BoundExpression Binary(BinarySyntax binary, BindingScope scope)
    {
        if (binary.Operator is "and" or "or")
        {
            var left = BindCondition(binary.Left, scope);
            var right = BindCondition(binary.Right, scope);
            if (left.Type == LanguageType.Error || right.Type == LanguageType.Error)
            {
                return Error(binary.Span);
            }

            bool? constant = (left.Constant, right.Constant, binary.Operator) switch
            {
                (bool l, bool r, "and") => l && r,
                (bool l, bool r, _) => l || r,
                _ => null,
            };
            return new BoundBinary(binary.Span, LanguageType.Boolean, binary.Operator, left, right) { Constant = constant };
        }

        var leftValue = Bind(binary.Left, scope);
        var rightValue = Bind(binary.Right, scope);
        if (leftValue.Type == LanguageType.Error || rightValue.Type == LanguageType.Error)
        {
            return Error(binary.Span);
        }

        return binary.Operator is "+" or "-" or "*" or "/"
            ? Arithmetic(binary, leftValue, rightValue)
            : Comparison(binary.Span, binary.Operator, leftValue, rightValue);
    }

    /// <summary>A comparison: the sides must be comparable; a bare number takes the other side's unit.</summary>
    private BoundExpression Comparison(TextSpan span, string op, BoundExpression left, BoundExpression right)
    {
        if (!Comparable(span, "compare", ref left, ref right))
        {
            return Error(span);
        }

        var type = left.Type == LanguageType.Number ? right.Type : left.Type;
        var ordered = op is "<" or "<=" or ">" or ">=";
        if (ordered && type is LanguageType.Text or LanguageType.Boolean)
        {
            Diagnostics.Report(DiagnosticCatalog.NotOrdered, span, op, TypeNames.Describe(type == left.Type ? left : right));
            return Error(span);
        }

        return new BoundBinary(span, LanguageType.Boolean, op, left, right) { Constant = ConstantFolder.Compare(op, left.Constant, right.Constant) };
    }

    /// <summary>
    /// Whether the two sides can be compared (or looked up one in the other). A fixed bare number
    /// becomes a percentage beside a percentage and a number of days beside <c>days since last</c>.
    /// </summary>
    private bool Comparable(TextSpan span, string verb, ref BoundExpression left, ref BoundExpression right)
    {
        var (l, r) = (left.Type, right.Type);
        if (l == r && l is not (LanguageType.TextSet or LanguageType.List))
        {
            return true;
        }

        if ((l == LanguageType.Number && TypeNames.IsNumeric(r)) || (r == LanguageType.Number && TypeNames.IsNumeric(l)))
        {
            left = AsPercent(left, r);
            right = AsPercent(right, l);
            return true;
        }

        if (l == LanguageType.Duration && r == LanguageType.Number)
        {
            return AsDays(left, ref right);
        }

        if (r == LanguageType.Duration && l == LanguageType.Number)
        {
            return AsDays(right, ref left);
        }

        if (TypeNames.HasUnit(l) && TypeNames.HasUnit(r))
        {
            Diagnostics.Report(DiagnosticCatalog.UnitMismatch, span, verb, TypeNames.Describe(left), TypeNames.Describe(right));
            return false;
        }

        var hint = (l, r) is (LanguageType.Tier, LanguageType.Text) or (LanguageType.Text, LanguageType.Tier)
            ? ": write a tier's name without quotes, for example customer.tier = Gold"
            : "";
        Diagnostics.Report(DiagnosticCatalog.TypeMismatch, span, verb, TypeNames.Describe(left), TypeNames.Describe(right), hint);
        return false;
    }

    /// <summary>A fixed bare number beside a percentage is a percentage: <c>discount >= 50</c> means 50%.</summary>
    private static BoundExpression AsPercent(BoundExpression number, LanguageType other) =>
        other == LanguageType.Percent && number is { Type: LanguageType.Number, Unitless: true, Constant: decimal value }
            ? Literal(number.Span, LanguageType.Percent, value / 100m)
            : number;

    /// <summary>Beside <c>days since last …</c> a fixed bare number counts days; anywhere else a duration needs its unit.</summary>
    private bool AsDays(BoundExpression duration, ref BoundExpression number)
    {
        if (duration is BoundAggregate { Function: AggregateFunction.DaysSince } && number.Constant is decimal days && Quantities.Whole(days, "days") is { } whole)
        {
            number = Literal(number.Span, LanguageType.Duration, Period.FromDays(whole)) with { UnitWritten = "days" };
            return true;
        }

        if (number.Unitless)
        {
            Diagnostics.Report(DiagnosticCatalog.DurationNeedsUnit, number.Span, Diagnostics.Source.Slice(number.Span));
        }
        else
        {
            Diagnostics.Report(DiagnosticCatalog.UnitMismatch, duration.Span.Cover(number.Span), "compare", TypeNames.Describe(duration), TypeNames.Describe(number));
        }

        return false;
    }

    private BoundExpression Arithmetic(BinarySyntax binary, BoundExpression left, BoundExpression right)
    {
        var op = binary.Operator;
        var verb = op switch { "+" => "add", "-" => "subtract", "*" => "multiply", _ => "divide" };
        if (op == "/" && right.Constant is 0m)
        {
            Diagnostics.Report(DiagnosticCatalog.DivisionByZero, binary.Right.Span);
            return Error(binary.Span);
        }

        var type = TypeRules.Arithmetic(op, left.Type, right.Type);
        if (type is null)
        {
            if (left.Type == LanguageType.Number && right.Type == LanguageType.Duration && left.Unitless)
            {
                Diagnostics.Report(DiagnosticCatalog.DurationNeedsUnit, left.Span, Diagnostics.Source.Slice(left.Span));
            }
            else if (right.Type == LanguageType.Number && left.Type == LanguageType.Duration && right.Unitless)
            {
                Diagnostics.Report(DiagnosticCatalog.DurationNeedsUnit, right.Span, Diagnostics.Source.Slice(right.Span));
            }
            else if (TypeNames.HasUnit(left.Type) && TypeNames.HasUnit(right.Type) && left.Type != right.Type && op != "*")
            {
                // Adding, subtracting or dividing two quantities works when their units agree: here they differ.
                Diagnostics.Report(DiagnosticCatalog.UnitMismatch, binary.Span, verb, TypeNames.Describe(left), TypeNames.Describe(right));
            }
            else
            {
                // Multiplying two quantities means nothing whatever their units (money times money).
                Diagnostics.Report(DiagnosticCatalog.TypeMismatch, binary.Span, verb, TypeNames.Describe(left), TypeNames.Describe(right), "");
            }

            return Error(binary.Span);
        }

        if (type == LanguageType.Duration && left.Type == LanguageType.Duration && (left.Constant is null || right.Constant is null))
        {
            Diagnostics.Report(DiagnosticCatalog.NotFixed, binary.Span, "a sum of durations");
            return Error(binary.Span);
        }

        if (left.Type == LanguageType.Date && right.Type == LanguageType.Duration && right.Constant is null)
        {
            Diagnostics.Report(DiagnosticCatalog.NotFixed, right.Span, "a duration added to a date");
            return Error(binary.Span);
        }

        left = AsPercent(left, right.Type);
        right = AsPercent(right, left.Type);
        object? constant;
        try
        {
            constant = ConstantFolder.Arithmetic(op, left.Constant, right.Constant);
        }
        catch (OverflowException)
        {
            Diagnostics.Report(DiagnosticCatalog.NumberOutOfRange, binary.Span, Diagnostics.Source.Slice(binary.Span));
            return Error(binary.Span);
        }

        if (ReferenceEquals(constant, ConstantFolder.OutsideCalendar))
        {
            Diagnostics.Report(DiagnosticCatalog.DateOutOfRange, binary.Span, Diagnostics.Source.Slice(binary.Span), Calendar.Range);
            return Error(binary.Span);
        }

        return new BoundBinary(binary.Span, type.Value, op, left, right)
        {
            Constant = constant,
            Unitless = left.Unitless && right.Unitless,
            Optional = left.Optional || right.Optional,
            UnitWritten = type == LanguageType.Duration ? left.UnitWritten ?? right.UnitWritten : null,
        };
    }
}
