using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// Deep nesting and long chains: conditions, values and lists wrapped up to <see cref="MaxDepth"/> deep
/// in parentheses, calls, negations and brackets, and chains of up to <see cref="MaxChain"/> operands,
/// sometimes with closing brackets missing.
/// </summary>
internal static class Nesting
{
    public const int MaxDepth = 200;

    public const int MaxChain = 1000;

    private static readonly (string Open, string Close)[] ConditionWrappers = [("(", ")"), ("not (", ")"), ("(", " and true)"), ("(true or ", ")")];

    private static readonly (string Open, string Close)[] ValueWrappers = [("(", ")"), ("abs(", ")"), ("-(", ")"), ("max(1, ", ")"), ("(", " + 1)"), ("(2 * ", ")"), ("floor(", ")")];

    private static readonly (string Open, string Close)[] ListWrappers = [("[", "]"), ("(", ")"), ("[\"x\", ", "]")];

    private static Gen<string> Wrapped(string core, (string Open, string Close)[] wrappers) =>
        from depth in Gen.Choose(1, MaxDepth)
        from chosen in Gen.Elements(wrappers).ArrayOf(depth)
        from missing in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, depth)))
        select string.Concat(chosen.Select(w => w.Open)) + core + string.Concat(chosen.Reverse().Skip(missing).Select(w => w.Close));

    private static Gen<string> Chain(string operand, string[] operators) =>
        from count in Gen.Choose(2, MaxChain)
        from chosen in Gen.Elements(operators).ArrayOf(count - 1)
        select operand + string.Concat(chosen.Select(op => $" {op} {operand}"));

    private static Gen<string> Repeated(string prefix, string core) =>
        from count in Gen.Choose(1, MaxChain)
        select string.Concat(Enumerable.Repeat(prefix, count)) + core;

    /// <summary>The condition of a purchase rule: nested or chained.</summary>
    private static readonly Gen<string> Condition = Gen.OneOf(
        Wrapped("channel = \"card\"", ConditionWrappers),
        Wrapped("amount", ValueWrappers).Select(v => v + " >= 10"),
        Wrapped("\"airline\"", ListWrappers).Select(l => "category in " + l),
        Chain("channel = \"card\"", ["and", "or"]),
        Chain("amount", ["+", "-", "*", "/"]).Select(v => v + " >= 10"),
        Repeated("not ", "channel = \"card\""),
        Repeated("-", "amount").Select(v => v + " >= 10"));

    public static Gen<string> Programs { get; } =
        from condition in Condition
        select $"program \"Nesting\"\nrule \"Deep\"\n  when purchase where {condition}\n  then award 10 points\n";

    /// <summary>
    /// Not shrunk: cutting characters out of a deep input mostly unbalances it, and each try compiles a
    /// long text; the failing input is reported whole (it is one line).
    /// </summary>
    public static Arbitrary<string> Arbitrary { get; } = Arb.From(Programs);
}
