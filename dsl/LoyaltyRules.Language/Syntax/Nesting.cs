using System.Runtime.CompilerServices;
using Sprache;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// The limits that keep compiling within a thread's stack (LR2004). The parser recurses once per
/// bracket — parentheses, list brackets, a call's parentheses — so at most <see cref="MaxBrackets"/>
/// may enclose one another (fewer on a thread whose stack runs low first). The later passes recurse
/// once per level of the syntax tree, so an expression may be at most <see cref="MaxDepth"/> levels
/// deep: every operation, bracket, call, list and <c>not</c> is a level, and a chain such as
/// <c>a + b + c</c> is one level per operator. Both are far beyond what a person writes.
/// </summary>
internal static class Nesting
{
    /// <summary>How many brackets may enclose one another.</summary>
    public const int MaxBrackets = 200;

    /// <summary>How many levels deep an expression's tree may be.</summary>
    public const int MaxDepth = 1000;

    /// <summary>The expectation of a failure caused by brackets nested too deep (never shown: it becomes LR2004).</summary>
    public const string BracketsTooDeep = "\u0001brackets";

    /// <summary>The expectation of a failure caused by an expression too deep (never shown: it becomes LR2004).</summary>
    public const string ExpressionTooDeep = "\u0001expression";

    private static readonly string[] BracketsTooDeepExpectations = [BracketsTooDeep];

    private static readonly string[] ExpressionTooDeepExpectations = [ExpressionTooDeep];

    /// <summary>Whether a failure comes from a limit here: it must reach the parser's caller as it is, not be taken for "nothing read" or renamed.</summary>
    public static bool IsLimit<T>(IResult<T> failure)
    {
        if (failure.Expectations is string[] array)
        {
            // The common case, checked without an enumerator: a failure's own expectations.
            return Array.IndexOf(array, BracketsTooDeep) >= 0 || Array.IndexOf(array, ExpressionTooDeep) >= 0;
        }

        foreach (var expectation in failure.Expectations)
        {
            if (expectation is BracketsTooDeep or ExpressionTooDeep)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The input just inside the opening bracket at <paramref name="open"/>, one level deeper; null
    /// when that would nest more than <see cref="MaxBrackets"/> or the stack is running low.
    /// </summary>
    public static SourceInput? Inside(IInput input, int open)
    {
        var source = (SourceInput)input;
        return source.Depth < MaxBrackets && RuntimeHelpers.TryEnsureSufficientExecutionStack() ? source.Inside(open + 1) : null;
    }

    /// <summary>The failure at the bracket at <paramref name="open"/> that would nest too deep.</summary>
    public static IResult<T> TooDeep<T>(IInput input, int open) =>
        Result.Failure<T>(((SourceInput)input).At(open), "brackets nested too deep", BracketsTooDeepExpectations);

    /// <summary>
    /// <paramref name="parser"/> (a whole expression), failing where its tree goes deeper than
    /// <see cref="MaxDepth"/>. Only expressions outside any bracket are measured: those inside are
    /// part of one that is.
    /// </summary>
    public static Parser<ExpressionSyntax> DepthChecked(this Parser<ExpressionSyntax> parser) => input =>
    {
        var result = parser(input);
        if (!result.WasSuccessful || ((SourceInput)input).Depth > 0 || Beyond(result.Value, MaxDepth) is not { } deep)
        {
            return result;
        }

        return Result.Failure<ExpressionSyntax>(((SourceInput)input).At(deep.Span.Start), "expression too deep", ExpressionTooDeepExpectations);
    };

    /// <summary>
    /// The first node found below <paramref name="levels"/> levels of <paramref name="node"/> (itself the
    /// first), or null when it is no deeper. It recurses at most <paramref name="levels"/> deep.
    /// </summary>
    private static ExpressionSyntax? Beyond(ExpressionSyntax? node, int levels)
    {
        if (node is null)
        {
            return null;
        }

        if (levels == 0)
        {
            return node;
        }

        var below = levels - 1;
        return node switch
        {
            ListSyntax list => Beyond(list.Items, below),
            CallSyntax call => Beyond(call.Arguments, below),
            ParenthesizedSyntax parenthesized => Beyond(parenthesized.Inner, below),
            UnarySyntax unary => Beyond(unary.Operand, below),
            BinarySyntax binary => Beyond(binary.Left, below) ?? Beyond(binary.Right, below),
            InSyntax @in => Beyond(@in.Item, below) ?? Beyond(@in.List, below),
            TextTestSyntax test => Beyond(test.Left, below) ?? Beyond(test.Right, below),
            WithinSyntax within => Beyond(within.Date, below) ?? Beyond(within.Duration, below) ?? Beyond(within.Anchor, below),
            PresenceSyntax presence => Beyond(presence.Operand, below),
            AggregateSyntax aggregate => Beyond(aggregate.Window, below),
            AbsenceSyntax absence => Beyond(absence.Duration, below),
            TrendSyntax trend => Beyond(trend.Aggregate, below) ?? Beyond(trend.Percent, below),
            _ => null,
        };
    }

    private static ExpressionSyntax? Beyond(IReadOnlyList<ExpressionSyntax> nodes, int levels)
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (Beyond(nodes[i], levels) is { } deep)
            {
                return deep;
            }
        }

        return null;
    }
}
