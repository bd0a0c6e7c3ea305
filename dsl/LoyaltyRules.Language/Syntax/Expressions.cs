namespace LoyaltyRules.Language.Syntax;

// The expression nodes: a closed family of small immutable records, read together (one file on purpose).

/// <summary>An expression of a condition or an action.</summary>
public abstract record ExpressionSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary>A plain number, as written.</summary>
public sealed record NumberSyntax(TextSpan Span, decimal Value, string Text) : ExpressionSyntax(Span);

/// <summary>A quoted string.</summary>
public sealed record StringSyntax(TextSpan Span, string Value) : ExpressionSyntax(Span);

/// <summary>A date literal <c>2026-01-31</c>; <see cref="Value"/> is null when the date does not exist.</summary>
public sealed record DateSyntax(TextSpan Span, DateOnly? Value, string Text) : ExpressionSyntax(Span);

/// <summary><c>true</c> or <c>false</c>.</summary>
public sealed record BooleanSyntax(TextSpan Span, bool Value) : ExpressionSyntax(Span);

/// <summary>
/// A number with a unit: <c>500 points</c>, <c>90 days</c>, <c>1000 EUR</c>, <c>50 bp</c>, <c>50%</c>.
/// An empty <see cref="ValueText"/> is the implicit one of <c>per month</c>.
/// </summary>
public sealed record QuantitySyntax(TextSpan Span, decimal Value, string ValueText, string Unit, TextSpan UnitSpan) : ExpressionSyntax(Span);

/// <summary><c>[a, b, c]</c>.</summary>
public sealed record ListSyntax(TextSpan Span, IReadOnlyList<ExpressionSyntax> Items) : ExpressionSyntax(Span);

/// <summary>
/// A name: an attribute, <c>customer.tier</c>, a constant, a named condition, a tier. A part written
/// as several words (<c>loan balance</c>) is the same name as with underscores (<c>loan_balance</c>).
/// </summary>
public sealed record NameSyntax(TextSpan Span, IReadOnlyList<Identifier> Parts) : ExpressionSyntax(Span)
{
    /// <summary>The name as one dotted string (<c>customer.loan_balance</c>).</summary>
    public string Dotted => string.Join('.', Parts.Select(p => p.Text));
}

/// <summary><c>floor(amount / 10)</c>.</summary>
public sealed record CallSyntax(TextSpan Span, Identifier Function, IReadOnlyList<ExpressionSyntax> Arguments) : ExpressionSyntax(Span);

/// <summary><c>(…)</c>, kept as written.</summary>
public sealed record ParenthesizedSyntax(TextSpan Span, ExpressionSyntax Inner) : ExpressionSyntax(Span);

/// <summary><c>-x</c> or <c>not x</c>.</summary>
public sealed record UnarySyntax(TextSpan Span, string Operator, ExpressionSyntax Operand) : ExpressionSyntax(Span);

/// <summary>A binary operation: <c>or and = != &lt; &lt;= &gt; &gt;= + - * /</c>.</summary>
public sealed record BinarySyntax(TextSpan Span, string Operator, TextSpan OperatorSpan, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);

/// <summary><c>x in [..]</c>, <c>x not in [..]</c>.</summary>
public sealed record InSyntax(TextSpan Span, ExpressionSyntax Item, ExpressionSyntax List, bool Negated) : ExpressionSyntax(Span);

/// <summary><c>x starts with y</c>, <c>ends with</c>, <c>contains</c>.</summary>
public sealed record TextTestSyntax(TextSpan Span, string Operator, ExpressionSyntax Left, ExpressionSyntax Right) : ExpressionSyntax(Span);

/// <summary>
/// <c>date within 30 days</c>: the date lies in the 30 days up to the evaluation date;
/// <c>date within 30 days of other</c>: it lies at most 30 days before or after the other date.
/// </summary>
public sealed record WithinSyntax(TextSpan Span, ExpressionSyntax Date, ExpressionSyntax Duration, ExpressionSyntax? Anchor) : ExpressionSyntax(Span);

/// <summary><c>x is missing</c> / <c>x is present</c>.</summary>
public sealed record PresenceSyntax(TextSpan Span, ExpressionSyntax Operand, bool Present) : ExpressionSyntax(Span);

/// <summary>
/// A rolling figure: <c>points earned within 12 months</c>, <c>count of purchase within 30 days</c>,
/// <c>sum of deposit amount within 90 days</c> (also <c>average</c>, <c>max</c>), <c>days since last deposit</c>.
/// <see cref="Measure"/> is the attribute summed (<c>amount</c>); <see cref="Window"/> is null for <c>days since last</c>.
/// </summary>
public sealed record AggregateSyntax(TextSpan Span, AggregateFunction Function, Identifier? EventKind, Identifier? Measure, ExpressionSyntax? Window) : ExpressionSyntax(Span);

/// <summary><c>no deposit for 90 days</c>.</summary>
public sealed record AbsenceSyntax(TextSpan Span, Identifier EventKind, ExpressionSyntax Duration) : ExpressionSyntax(Span);

/// <summary><c>count of purchase within 90 days dropped by 50%</c> (or <c>rose by</c>): against the period just before.</summary>
public sealed record TrendSyntax(TextSpan Span, ExpressionSyntax Aggregate, bool Dropped, ExpressionSyntax Percent) : ExpressionSyntax(Span);

/// <summary><c>birthday</c> (the customer's birthday is today) or <c>today</c> (the evaluation date).</summary>
public sealed record KeywordSyntax(TextSpan Span, string Keyword) : ExpressionSyntax(Span);

/// <summary>The rolling figures.</summary>
public enum AggregateFunction
{
    /// <summary><c>points earned within P</c>.</summary>
    PointsEarned,

    /// <summary><c>count of K within P</c>.</summary>
    Count,

    /// <summary><c>sum of K amount within P</c>.</summary>
    Sum,

    /// <summary><c>average of K amount within P</c>.</summary>
    Average,

    /// <summary><c>max of K amount within P</c>.</summary>
    Max,

    /// <summary><c>days since last K</c>.</summary>
    DaysSince,
}
