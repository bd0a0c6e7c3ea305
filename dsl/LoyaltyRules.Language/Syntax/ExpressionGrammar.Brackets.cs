using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// What brackets enclose: parenthesized values, lists and a call's arguments. Each looks at its
/// bracket by hand and parses its items once (<see cref="Repetition"/>); the input inside is one
/// level deeper (<see cref="Nesting"/>), so nesting past the limit is refused before the stack runs out.
/// </summary>
internal static partial class ExpressionGrammar
{
    /// <summary><c>[a, b, c]</c> (the next token is known to be <c>[</c>).</summary>
    private static readonly Parser<ExpressionSyntax> ListLiteral = input =>
    {
        var open = TokenStart(input);
        if (Nesting.Inside(input, open) is not { } inside)
        {
            return Nesting.TooDeep<ExpressionSyntax>(input, open);
        }

        var list = ListItems!(inside);
        return list.WasSuccessful
            ? Result.Success<ExpressionSyntax>(new ListSyntax(TextSpan.FromBounds(open, list.Value.Close.End), list.Value.Items), list.Remainder)
            : Result.Failure<ExpressionSyntax>(list.Remainder, list.Message, list.Expectations);
    };

    /// <summary><c>(x)</c> (the next token is known to be <c>(</c>).</summary>
    private static readonly Parser<ExpressionSyntax> Parenthesized = input =>
    {
        var open = TokenStart(input);
        if (Nesting.Inside(input, open) is not { } inside)
        {
            return Nesting.TooDeep<ExpressionSyntax>(input, open);
        }

        var inner = Or!(inside);
        if (!inner.WasSuccessful)
        {
            return inner;
        }

        var close = TokenStart(inner.Remainder);
        return close < inside.End && input.Source[close] == ')'
            ? Result.Success<ExpressionSyntax>(new ParenthesizedSyntax(TextSpan.FromBounds(open, close + 1), inner.Value), ((SourceInput)inner.Remainder).Outside(close + 1))
            : Result.Failure<ExpressionSyntax>(inner.Remainder, "expected ')'", ExpectCloseParenthesis);
    };

    private static readonly string[] ExpectCloseParenthesis = ["')'"];

    private static readonly Parser<(IReadOnlyList<ExpressionSyntax> Items, TextSpan Close)> ListItems = Ref(() => Or!).CommaSeparated(']');

    private static readonly Parser<(IReadOnlyList<ExpressionSyntax> Items, TextSpan Close)> CallItems = Ref(() => Or!).CommaSeparated(')');

    /// <summary>A call's arguments in parentheses (the next token is known to be <c>(</c>).</summary>
    private static readonly Parser<(IReadOnlyList<ExpressionSyntax> Arguments, TextSpan Close)> CallArguments = input =>
    {
        var open = TokenStart(input);
        return Nesting.Inside(input, open) is { } inside
            ? CallItems!(inside)
            : Nesting.TooDeep<(IReadOnlyList<ExpressionSyntax>, TextSpan)>(input, open);
    };
}
