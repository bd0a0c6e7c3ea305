using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// A simple test of one value against fixed values — <c>amount >= 10</c>, <c>channel = "card"</c>,
/// <c>category in ["a", "b"]</c> — the form the analyses reason about. The value is known by its
/// <see cref="BoundExpression.Key"/>; fixed values are decimals, dates, tier levels, texts or booleans.
/// </summary>
internal sealed record Atom(string Subject, string Operator, IReadOnlyList<object> Values)
{
    /// <summary>The atom a condition is, or null when it is something else.</summary>
    public static Atom? From(BoundExpression condition) => condition switch
    {
        BoundBinary { Operator: "=" or "!=" or "<" or "<=" or ">" or ">=" } b when b.Left.Constant is null && Value(b.Right) is { } value => new(b.Left.Key, b.Operator, [value]),
        BoundBinary { Operator: "=" or "!=" or "<" or "<=" or ">" or ">=" } b when b.Right.Constant is null && Value(b.Left) is { } value => new(b.Right.Key, Flip(b.Operator), [value]),
        BoundIn { List: BoundLiteral { Value: object[] items } } i when i.Item.Constant is null && items.All(v => Comparable(v)) => new(i.Item.Key, i.Negated ? "not in" : "in", items),
        BoundUnary { Operator: "not", Operand: var operand } when From(operand) is { } inner => inner.Negate(),
        _ => null,
    };

    /// <summary>Whether a fixed value satisfies the atom.</summary>
    public bool Holds(object value) => Operator switch
    {
        "in" => Values.Any(v => ConstantFolder.Same(v, value)),
        "not in" => !Values.Any(v => ConstantFolder.Same(v, value)),
        _ => ConstantFolder.Compare(Operator, value, Values[0]) == true,
    };

    private Atom? Negate() => Operator switch
    {
        "=" => this with { Operator = "!=" },
        "!=" => this with { Operator = "=" },
        "<" => this with { Operator = ">=" },
        "<=" => this with { Operator = ">" },
        ">" => this with { Operator = "<=" },
        ">=" => this with { Operator = "<" },
        "in" => this with { Operator = "not in" },
        _ => this with { Operator = "in" },
    };

    private static object? Value(BoundExpression expression) => expression.Constant is { } value && Comparable(value) ? value : null;

    private static bool Comparable(object value) => value is decimal or DateOnly or int or string or bool;

    private static string Flip(string op) => op switch
    {
        "<" => ">",
        "<=" => ">=",
        ">" => "<",
        ">=" => "<=",
        _ => op,
    };
}
