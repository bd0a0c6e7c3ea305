using System.Text;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Writes an expression in canonical form: single spaces around binary operators and after commas,
/// nothing inside brackets, parentheses exactly where they were written, names with underscores,
/// numbers and dates as written, strings re-quoted. What it writes parses back to the same tree.
/// </summary>
internal static class ExpressionPrinter
{
    /// <summary>The canonical text of <paramref name="expression"/>.</summary>
    public static string Print(ExpressionSyntax expression)
    {
        var text = new StringBuilder();
        Write(text, expression);
        return text.ToString();
    }

    /// <summary>A string literal: in double quotes, with <c>\" \\ \n \t</c> escapes.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\n' => text.Append("\\n"),
                '\t' => text.Append("\\t"),
                _ => text.Append(c),
            };
        }

        return text.Append('"').ToString();
    }

    private static void Write(StringBuilder text, ExpressionSyntax expression)
    {
        switch (expression)
        {
            case NumberSyntax number:
                text.Append(number.Text);
                break;
            case StringSyntax literal:
                text.Append(Quote(literal.Value));
                break;
            case DateSyntax date:
                text.Append(date.Text);
                break;
            case BooleanSyntax boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            case QuantitySyntax quantity:
                WriteQuantity(text, quantity);
                break;
            case ListSyntax list:
                text.Append('[');
                WriteAll(text, list.Items);
                text.Append(']');
                break;
            case NameSyntax name:
                text.AppendJoin('.', name.Parts.Select(part => part.Written ?? part.Text));
                break;
            case CallSyntax call:
                text.Append(call.Function.Text).Append('(');
                WriteAll(text, call.Arguments);
                text.Append(')');
                break;
            case ParenthesizedSyntax parenthesized:
                text.Append('(');
                Write(text, parenthesized.Inner);
                text.Append(')');
                break;
            case UnarySyntax unary:
                text.Append(unary.Operator == "not" ? "not " : unary.Operator);
                Write(text, unary.Operand);
                break;
            case BinarySyntax binary:
                Infix(text, binary.Left, binary.Operator, binary.Right);
                break;
            case InSyntax @in:
                Infix(text, @in.Item, @in.Negated ? "not in" : "in", @in.List);
                break;
            case TextTestSyntax test:
                Infix(text, test.Left, test.Operator, test.Right);
                break;
            case WithinSyntax within:
                WriteWithin(text, within);
                break;
            case PresenceSyntax presence:
                Write(text, presence.Operand);
                text.Append(presence.Present ? " is present" : " is missing");
                break;
            case AggregateSyntax aggregate:
                WriteAggregate(text, aggregate);
                break;
            case AbsenceSyntax absence:
                text.Append("no ").Append(absence.EventKind.Text).Append(" for ");
                Write(text, absence.Duration);
                break;
            case TrendSyntax trend:
                Infix(text, trend.Aggregate, trend.Dropped ? "dropped by" : "rose by", trend.Percent);
                break;
            case KeywordSyntax keyword:
                text.Append(keyword.Keyword);
                break;
            default:
                throw new InvalidOperationException($"No canonical form for {expression.GetType().Name}.");
        }
    }

    /// <summary><c>500 points</c>, <c>50%</c>; the implicit one of <c>per month</c> is the unit alone.</summary>
    private static void WriteQuantity(StringBuilder text, QuantitySyntax quantity)
    {
        if (quantity.ValueText.Length == 0)
        {
            text.Append(quantity.Unit);
            return;
        }

        text.Append(quantity.ValueText);
        if (quantity.Unit != "%")
        {
            text.Append(' ');
        }

        text.Append(quantity.Unit);
    }

    private static void WriteWithin(StringBuilder text, WithinSyntax within)
    {
        Infix(text, within.Date, "within", within.Duration);
        if (within.Anchor is not null)
        {
            text.Append(" of ");
            Write(text, within.Anchor);
        }
    }

    private static void WriteAggregate(StringBuilder text, AggregateSyntax aggregate)
    {
        var kind = aggregate.EventKind?.Text ?? "";
        switch (aggregate.Function)
        {
            case AggregateFunction.PointsEarned:
                text.Append("points earned");
                break;
            case AggregateFunction.Count:
                text.Append("count of ").Append(kind);
                break;
            case AggregateFunction.DaysSince:
                text.Append("days since last ").Append(kind);
                return;
            default:
                text.Append(FunctionWord(aggregate.Function)).Append(" of ").Append(kind).Append(' ').Append(aggregate.Measure?.Text ?? "");
                break;
        }

        if (aggregate.Window is not null)
        {
            text.Append(" within ");
            Write(text, aggregate.Window);
        }
    }

    private static string FunctionWord(AggregateFunction function) => function switch
    {
        AggregateFunction.Sum => "sum",
        AggregateFunction.Average => "average",
        AggregateFunction.Max => "max",
        _ => throw new InvalidOperationException($"No word for {function}."),
    };

    private static void Infix(StringBuilder text, ExpressionSyntax left, string word, ExpressionSyntax right)
    {
        Write(text, left);
        text.Append(' ').Append(word).Append(' ');
        Write(text, right);
    }

    private static void WriteAll(StringBuilder text, IReadOnlyList<ExpressionSyntax> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            Write(text, items[i]);
        }
    }
}
