using LoyaltyRules.Core;
using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

// The bound expressions: names resolved, types checked, constants folded. A closed family of small
// immutable records, read together (one file on purpose).

/// <summary>
/// A checked expression. <see cref="Constant"/> holds the value when it is fixed (a literal, a
/// constant, arithmetic of those): decimal for numbers, money, points and percentages (in percent),
/// <see cref="Period"/> for durations, <see cref="DateOnly"/>, string, bool, the tier's level, or an
/// array of those for a list. <see cref="Key"/> is a canonical text: equal keys mean equal expressions.
/// </summary>
internal abstract record BoundExpression(TextSpan Span, LanguageType Type)
{
    /// <summary>For a list: the items' type.</summary>
    public LanguageType ElementType { get; init; }

    /// <summary>Whether the value may be missing at run time.</summary>
    public bool Optional { get; init; }

    /// <summary>The fixed value, or null when it depends on the customer or the event.</summary>
    public object? Constant { get; init; }

    /// <summary>A bare number (no unit): it takes the unit of what it is compared or combined with.</summary>
    public bool Unitless { get; init; }

    /// <summary>A unit as written (<c>days</c>, <c>points</c>), for messages.</summary>
    public string? UnitWritten { get; init; }

    /// <summary>A canonical text of the expression, for comparing expressions (computed once).</summary>
    public string Key => _key ??= ComputeKey();

    private string? _key;

    /// <summary>Builds <see cref="Key"/>.</summary>
    protected abstract string ComputeKey();

    /// <summary>True when it reads the event.</summary>
    public abstract bool UsesEvent { get; }

    /// <summary>True when it reads the customer.</summary>
    public abstract bool UsesCustomer { get; }
}

/// <summary>A fixed value.</summary>
internal sealed record BoundLiteral(TextSpan Span, LanguageType Type, object Value) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => Type + ":" + Format(Value);

    public override bool UsesEvent => false;

    public override bool UsesCustomer => false;

    private static string Format(object value) => value switch
    {
        object[] items => "[" + string.Join(",", items.Select(Format)) + "]",
        decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>A list whose items are not all fixed.</summary>
internal sealed record BoundList(TextSpan Span, IReadOnlyList<BoundExpression> Items) : BoundExpression(Span, LanguageType.List)
{
    protected override string ComputeKey() => "[" + string.Join(",", Items.Select(i => i.Key)) + "]";

    public override bool UsesEvent => Items.Any(i => i.UsesEvent);

    public override bool UsesCustomer => Items.Any(i => i.UsesCustomer);
}

/// <summary>An attribute of the customer or of the event.</summary>
internal sealed record BoundAttribute(TextSpan Span, LanguageType Type, AttributeDefinition Attribute, bool OfEvent) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => (OfEvent ? "event." : "customer.") + Attribute.Name;

    public override bool UsesEvent => OfEvent;

    public override bool UsesCustomer => !OfEvent;
}

/// <summary>A rolling figure over the window ending today (or, with <see cref="Previous"/>, the window of the same length before it).</summary>
internal sealed record BoundAggregate(TextSpan Span, LanguageType Type, AggregateFunction Function, EventKindDefinition? Kind, Period? Window, bool Previous) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => $"{Function}({Kind?.Name},{Window},{Previous})";

    public override bool UsesEvent => false;

    public override bool UsesCustomer => true;
}

/// <summary><c>no K for D</c>.</summary>
internal sealed record BoundAbsence(TextSpan Span, EventKindDefinition Kind, Period Duration) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"no({Kind.Name},{Duration})";

    public override bool UsesEvent => false;

    public override bool UsesCustomer => true;
}

/// <summary>Arithmetic, a comparison, or <c>and</c>/<c>or</c>.</summary>
internal sealed record BoundBinary(TextSpan Span, LanguageType Type, string Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => $"({Left.Key} {Operator} {Right.Key})";

    public override bool UsesEvent => Left.UsesEvent || Right.UsesEvent;

    public override bool UsesCustomer => Left.UsesCustomer || Right.UsesCustomer;
}

/// <summary><c>not x</c> or <c>-x</c>.</summary>
internal sealed record BoundUnary(TextSpan Span, LanguageType Type, string Operator, BoundExpression Operand) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => $"({Operator} {Operand.Key})";

    public override bool UsesEvent => Operand.UsesEvent;

    public override bool UsesCustomer => Operand.UsesCustomer;
}

/// <summary>A function call.</summary>
internal sealed record BoundCall(TextSpan Span, LanguageType Type, string Function, IReadOnlyList<BoundExpression> Arguments) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => $"{Function}({string.Join(",", Arguments.Select(a => a.Key))})";

    public override bool UsesEvent => Arguments.Any(a => a.UsesEvent);

    public override bool UsesCustomer => Arguments.Any(a => a.UsesCustomer);
}

/// <summary><c>x in list</c>, <c>x not in list</c>, <c>"vip" in customer.tags</c>.</summary>
internal sealed record BoundIn(TextSpan Span, BoundExpression Item, BoundExpression List, bool Negated) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"({Item.Key} {(Negated ? "not in" : "in")} {List.Key})";

    public override bool UsesEvent => Item.UsesEvent || List.UsesEvent;

    public override bool UsesCustomer => Item.UsesCustomer || List.UsesCustomer;
}

/// <summary><c>starts with</c>, <c>ends with</c>, <c>contains</c> (on text, or on the tags).</summary>
internal sealed record BoundTextTest(TextSpan Span, string Operator, BoundExpression Left, BoundExpression Right) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"({Left.Key} {Operator} {Right.Key})";

    public override bool UsesEvent => Left.UsesEvent || Right.UsesEvent;

    public override bool UsesCustomer => Left.UsesCustomer || Right.UsesCustomer;
}

/// <summary><c>date within D</c> (of today, backwards) or <c>date within D of anchor</c> (either side).</summary>
internal sealed record BoundWithin(TextSpan Span, BoundExpression Date, Period Duration, BoundExpression? Anchor) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"within({Date.Key},{Duration},{Anchor?.Key})";

    public override bool UsesEvent => Date.UsesEvent || Anchor?.UsesEvent == true;

    public override bool UsesCustomer => true;
}

/// <summary><c>x is present</c> / <c>x is missing</c>.</summary>
internal sealed record BoundPresence(TextSpan Span, BoundExpression Operand, bool Present) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"({Operand.Key} is {(Present ? "present" : "missing")})";

    public override bool UsesEvent => Operand.UsesEvent;

    public override bool UsesCustomer => Operand.UsesCustomer;
}

/// <summary><c>figure dropped by 50%</c> / <c>rose by</c>: the figure against the same figure for the period before.</summary>
internal sealed record BoundTrend(TextSpan Span, BoundAggregate Current, BoundAggregate Previous, bool Dropped, decimal Percent) : BoundExpression(Span, LanguageType.Boolean)
{
    protected override string ComputeKey() => $"trend({Current.Key},{Dropped},{Percent})";

    public override bool UsesEvent => false;

    public override bool UsesCustomer => true;
}

/// <summary><c>birthday</c> (Boolean) or <c>today</c> (Date).</summary>
internal sealed record BoundKeyword(TextSpan Span, LanguageType Type, string Keyword) : BoundExpression(Span, Type)
{
    protected override string ComputeKey() => Keyword;

    public override bool UsesEvent => false;

    public override bool UsesCustomer => true;
}

/// <summary>Something wrong, already reported.</summary>
internal sealed record BoundError(TextSpan Span) : BoundExpression(Span, LanguageType.Error)
{
    protected override string ComputeKey() => "error";

    public override bool UsesEvent => false;

    public override bool UsesCustomer => false;
}
