using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// The operator levels, written by hand: each looks at the next token before trying anything, so the
/// common case — no operator follows — costs no failed parse. (A failed Sprache parse allocates its
/// result and expectations; a rule file of ten thousand rules would make millions of them.)
/// </summary>
internal static partial class ExpressionGrammar
{
    private static readonly Parser<ExpressionSyntax> Or = LeftAssociative(Ref(() => And!), WordOperator("or"));

    private static readonly Parser<ExpressionSyntax> And = LeftAssociative(Ref(() => Not!), WordOperator("and"));

    private static readonly Parser<ExpressionSyntax> Additive = LeftAssociative(Ref(() => Multiplicative!), SymbolOperator('+', '-'));

    private static readonly Parser<ExpressionSyntax> Multiplicative = LeftAssociative(Ref(() => Unary!), SymbolOperator('*', '/'));

    /// <summary><c>not x</c> (any number of <c>not</c>s, read in a loop: no recursion per word), or a predicate.</summary>
    private static readonly Parser<ExpressionSyntax> Not = Parser(input =>
    {
        var (start, end) = PeekWord(input);
        if (!IsNot(input, start, end))
        {
            return Predicate!(input);
        }

        List<int> starts = [start];
        var rest = At(input, end);
        while (PeekWord(rest) is var (next, nextEnd) && IsNot(rest, next, nextEnd))
        {
            starts.Add(next);
            rest = At(rest, nextEnd);
        }

        return Prefixed(starts, "not", rest, Predicate!(rest));
    }).Expected("a value");

    private static bool IsNot(IInput input, int start, int end) => input.Source.AsSpan(start, end - start).SequenceEqual("not");

    /// <summary>
    /// <paramref name="operand"/> (read after the prefixes) inside one <paramref name="op"/> per offset
    /// of <paramref name="starts"/>, innermost last; where the operand cannot start, the failure expects a value.
    /// </summary>
    private static IResult<ExpressionSyntax> Prefixed(List<int> starts, string op, IInput rest, IResult<ExpressionSyntax> operand)
    {
        if (!operand.WasSuccessful)
        {
            return operand.Remainder.Position <= TokenStart(rest) && !Nesting.IsLimit(operand)
                ? Result.Failure<ExpressionSyntax>(operand.Remainder, operand.Message, ExpectValue)
                : operand;
        }

        var node = operand.Value;
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            node = new UnarySyntax(TextSpan.FromBounds(starts[i], node.Span.End), op, node);
        }

        return Result.Success(node, operand.Remainder);
    }

    private static readonly string[] ExpectValue = ["a value"];

    /// <summary>A value, then what may make it a predicate: a comparison, <c>in</c>, <c>within</c>, …</summary>
    private static readonly Parser<ExpressionSyntax> Predicate = input =>
    {
        var left = Additive(input);
        if (!left.WasSuccessful || SuffixFor!(left.Remainder) is not { } suffix)
        {
            return left;
        }

        var applied = suffix(left.Remainder);
        return applied.WasSuccessful
            ? Result.Success(applied.Value(left.Value), applied.Remainder)
            : Result.Failure<ExpressionSyntax>(applied.Remainder, applied.Message, applied.Expectations);
    };

    /// <summary><c>-x</c> (any number of minus signs, read in a loop), or a primary value.</summary>
    private static readonly Parser<ExpressionSyntax> Unary = Parser(input =>
    {
        var start = TokenStart(input);
        if (!IsMinus(input, start))
        {
            return Primary!(input);
        }

        List<int> starts = [start];
        var rest = At(input, start + 1);
        while (TokenStart(rest) is var next && IsMinus(rest, next))
        {
            starts.Add(next);
            rest = At(rest, next + 1);
        }

        return Prefixed(starts, "-", rest, Primary!(rest));
    }).Expected("a value");

    private static bool IsMinus(IInput input, int at) => at < ((SourceInput)input).End && input.Source[at] == '-';

    private static readonly string[] ExpectComparison = ["a comparison (=, !=, <, <=, >, >=)"];

    /// <summary>
    /// A comparison operator: <c>&lt;= &gt;= != &lt; &gt; =</c>, or one of the signs <c>≥ ≤ ≠</c> read as
    /// the operator it stands for (the lexical scan has reported it; reading it on spares a second error).
    /// </summary>
    private static readonly Parser<(string Operator, TextSpan Span)> ComparisonOperator = input =>
    {
        var text = input.Source;
        var at = TokenStart(input);
        var end = ((SourceInput)input).End;
        var next = at + 1 < end ? text[at + 1] : '\0';
        var op = at >= end ? null : (text[at], next) switch
        {
            ('<', '=') => "<=",
            ('>', '=') => ">=",
            ('!', '=') => "!=",
            ('<', _) => "<",
            ('>', _) => ">",
            ('=', _) => "=",
            ('≥', _) => ">=",
            ('≤', _) => "<=",
            ('≠', _) => "!=",
            _ => null,
        };
        return op is null
            ? Result.Failure<(string, TextSpan)>(input, "expected a comparison", ExpectComparison)
            : Result.Success((op, new TextSpan(at, Written(text[at], op))), At(input, at + Written(text[at], op)));
    };

    /// <summary>How many characters a comparison operator was written with: one for a sign such as ≥.</summary>
    private static int Written(char first, string op) => first is '≥' or '≤' or '≠' ? 1 : op.Length;

    /// <summary>A number, possibly with a unit (points, days…, bp, %, or a currency code).</summary>
    private static readonly Parser<ExpressionSyntax> NumberOrQuantity = input =>
    {
        var number = Number(input);
        if (!number.WasSuccessful)
        {
            return Result.Failure<ExpressionSyntax>(number.Remainder, number.Message, number.Expectations);
        }

        var (value, written, span) = number.Value;
        var after = SkipWhitespace(number.Remainder);
        if (!after.AtEnd && after.Current == '%')
        {
            var percent = new TextSpan(after.Position, 1);
            return Result.Success<ExpressionSyntax>(new QuantitySyntax(span.Cover(percent), value, written, "%", percent), At(after, after.Position + 1));
        }

        var (wordStart, wordEnd) = PeekWord(number.Remainder);
        var word = after.Source.AsSpan(wordStart, wordEnd - wordStart);
        if (word.Length > 0 && (UnitsLookup.Contains(word) || IsCurrencyCode(word)))
        {
            var unit = new TextSpan(wordStart, wordEnd - wordStart);
            return Result.Success<ExpressionSyntax>(new QuantitySyntax(span.Cover(unit), value, written, word.ToString(), unit), At(after, wordEnd));
        }

        return Result.Success<ExpressionSyntax>(new NumberSyntax(span, value, written), number.Remainder);
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitsLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The suffix parser the next token calls for, or null when no predicate follows.</summary>
    private static readonly Func<IInput, Parser<Func<ExpressionSyntax, ExpressionSyntax>>?> SuffixFor = input =>
    {
        var (start, end) = PeekWord(input);
        var text = input.Source;
        if (end == start)
        {
            return start < ((SourceInput)input).End && text[start] is '<' or '>' or '=' or '!' or '≥' or '≤' or '≠' ? ComparisonSuffix : null;
        }

        return text.AsSpan(start, end - start) switch
        {
            "not" or "in" => InSuffix,
            "starts" or "ends" or "contains" => TextSuffix,
            "within" => WithinSuffix,
            "is" => PresenceSuffix,
            "dropped" or "rose" => TrendSuffix,
            _ => null,
        };
    };

    /// <summary>Three capital letters: a currency code such as EUR.</summary>
    public static bool IsCurrencyCode(string word) => IsCurrencyCode(word.AsSpan());

    private static bool IsCurrencyCode(ReadOnlySpan<char> word) => word.Length == 3 && char.IsAsciiLetterUpper(word[0]) && char.IsAsciiLetterUpper(word[1]) && char.IsAsciiLetterUpper(word[2]);

    private delegate (string Operator, TextSpan Span, IInput After)? OperatorPeek(IInput input);

    private static Parser<T> Parser<T>(Parser<T> parser) => parser;

    /// <summary><paramref name="operand"/> (operator operand)*, grouped to the left.</summary>
    private static Parser<ExpressionSyntax> LeftAssociative(Parser<ExpressionSyntax> operand, OperatorPeek op) => input =>
    {
        var first = operand(input);
        if (!first.WasSuccessful)
        {
            return first;
        }

        var left = first.Value;
        var rest = first.Remainder;
        while (op(rest) is var (symbol, span, after))
        {
            var right = operand(after);
            if (!right.WasSuccessful)
            {
                return right;
            }

            left = new BinarySyntax(left.Span.Cover(right.Value.Span), symbol, span, left, right.Value);
            rest = right.Remainder;
        }

        return Result.Success(left, rest);
    };

    private static OperatorPeek WordOperator(string word) => input =>
    {
        var (start, end) = PeekWord(input);
        return input.Source.AsSpan(start, end - start).SequenceEqual(word) ? (word, TextSpan.FromBounds(start, end), At(input, end)) : null;
    };

    private static OperatorPeek SymbolOperator(char first, char second) => input =>
    {
        var at = TokenStart(input);
        if (at >= ((SourceInput)input).End || (input.Source[at] != first && input.Source[at] != second))
        {
            return null;
        }

        return (input.Source[at] == first ? First(first) : First(second), new TextSpan(at, 1), At(input, at + 1));
    };

    private static string First(char c) => c switch { '+' => "+", '-' => "-", '*' => "*", _ => "/" };
}
