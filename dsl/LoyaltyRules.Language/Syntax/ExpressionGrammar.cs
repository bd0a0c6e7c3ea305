using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// Conditions and values. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, predicates
/// (comparisons, <c>in</c>, <c>starts with</c>/<c>ends with</c>/<c>contains</c>, <c>within</c>,
/// <c>is missing</c>, <c>dropped by</c>/<c>rose by</c>), <c>+ -</c>, <c>* /</c>, unary minus, primaries.
/// </summary>
internal static class ExpressionGrammar
{
    /// <summary>A condition (or any value).</summary>
    public static readonly Parser<ExpressionSyntax> Expression = Ref(() => Or!);

    /// <summary>A value without predicates or logic (amounts, windows, durations, action arguments).</summary>
    public static readonly Parser<ExpressionSyntax> Value = Ref(() => Additive!);

    private static readonly Parser<ExpressionSyntax> Or = Binary(Keyword("or").Select(s => ("or", s)), Ref(() => And!));

    private static readonly Parser<ExpressionSyntax> And = Binary(Keyword("and").Select(s => ("and", s)), Ref(() => Not!));

    private static readonly Parser<ExpressionSyntax> Not =
        (from not in Keyword("not")
         from operand in Ref(() => Not!)
         select (ExpressionSyntax)new UnarySyntax(not.Cover(operand.Span), "not", operand))
        .Or(Ref(() => Predicate!))
        .Expected("a value");

    private static readonly Parser<(string Operator, TextSpan Span)> ComparisonOperator =
        Op("<=").Or(Op(">=")).Or(Op("!=")).Or(Op("<")).Or(Op(">")).Or(Op("="));

    private static readonly Parser<ExpressionSyntax> Predicate =
        from left in Ref(() => Additive!)
        from result in Suffix(left).XOr(Parse.Return(left))
        select result;

    private static readonly Parser<ExpressionSyntax> Additive =
        Binary(Op("+").Or(Op("-")), Ref(() => Multiplicative!));

    private static readonly Parser<ExpressionSyntax> Multiplicative =
        Binary(Op("*").Or(Op("/")), Ref(() => Unary!));

    private static readonly Parser<ExpressionSyntax> Unary =
        (from minus in Symbol("-")
         from operand in Ref(() => Unary!)
         select (ExpressionSyntax)new UnarySyntax(minus.Cover(operand.Span), "-", operand))
        .Or(Ref(() => Primary!))
        .Expected("a value");

    private static readonly Parser<ExpressionSyntax> Primary =
        Ref(() => DateLiteral!)
            .Or(Ref(() => NumberOrQuantity!))
            .Or(StringToken)
            .Or(Ref(() => BooleanLiteral!))
            .Or(Ref(() => ListLiteral!))
            .Or(Ref(() => Parenthesized!))
            .Or(Ref(() => Aggregate!))
            .Or(Ref(() => Absence!))
            .Or(Ref(() => KeywordValue!))
            .Or(Ref(() => CallOrName!))
            .Expected("a value");

    private static readonly Parser<ExpressionSyntax> DateLiteral = Date;

    /// <summary>A number, possibly with a unit (points, days…, bp, %, or a currency code).</summary>
    private static readonly Parser<ExpressionSyntax> NumberOrQuantity =
        from number in Number
        from unit in Ref(() => Unit!).Optional()
        select unit.IsDefined
            ? new QuantitySyntax(number.Span.Cover(unit.Get().Span), number.Value, number.Text, unit.Get().Text, unit.Get().Span)
            : (ExpressionSyntax)new NumberSyntax(number.Span, number.Value, number.Text);

    private static readonly Parser<(string Text, TextSpan Span)> Unit =
        Parse.String("%").Text().Located()
            .Or(AnyWord.Where(w => Units.Contains(w.Text) || IsCurrencyCode(w.Text)).Select(w => (w.Text, w.Span)));

    private static readonly Parser<ExpressionSyntax> BooleanLiteral =
        Keyword("true").Select(s => (ExpressionSyntax)new BooleanSyntax(s, true))
            .Or(Keyword("false").Select(s => (ExpressionSyntax)new BooleanSyntax(s, false)));

    private static readonly Parser<ExpressionSyntax> ListLiteral =
        from open in Symbol("[")
        from items in Expression.XDelimitedBy(Symbol(",")).XOptional()
        from close in Symbol("]")
        select (ExpressionSyntax)new ListSyntax(open.Cover(close), [.. items.GetOrElse([])]);

    private static readonly Parser<ExpressionSyntax> Parenthesized =
        from open in Symbol("(")
        from inner in Expression
        from close in Symbol(")")
        select (ExpressionSyntax)new ParenthesizedSyntax(open.Cover(close), inner);

    private static readonly Parser<ExpressionSyntax> Aggregate =
        (from start in Keyword("points earned within")
         from window in Value
         select (ExpressionSyntax)new AggregateSyntax(start.Cover(window.Span), AggregateFunction.PointsEarned, null, null, window))
        .Or(from start in Keyword("count of")
            from kind in NameToken
            from within in Keyword("within")
            from window in Value
            select (ExpressionSyntax)new AggregateSyntax(start.Cover(window.Span), AggregateFunction.Count, kind, null, window))
        .Or(from function in Ref(() => AmountFunction!)
            from of in Keyword("of")
            from kind in NameToken
            from measure in AnyWord
            from within in Keyword("within")
            from window in Value
            select (ExpressionSyntax)new AggregateSyntax(function.Span.Cover(window.Span), function.Function, kind, measure, window))
        .Or(from start in Keyword("days since last")
            from kind in NameToken
            select (ExpressionSyntax)new AggregateSyntax(start.Cover(kind.Span), AggregateFunction.DaysSince, kind, null, null));

    private static readonly Parser<(AggregateFunction Function, TextSpan Span)> AmountFunction =
        Keyword("sum").Select(s => (AggregateFunction.Sum, s))
            .Or(Keyword("total").Select(s => (AggregateFunction.Sum, s)))
            .Or(Keyword("average").Select(s => (AggregateFunction.Average, s)))
            .Or(Keyword("max").Select(s => (AggregateFunction.Max, s)));

    private static readonly Parser<ExpressionSyntax> Absence =
        from no in Keyword("no")
        from kind in NameToken
        from @for in Keyword("for")
        from duration in Value
        select (ExpressionSyntax)new AbsenceSyntax(no.Cover(duration.Span), kind, duration);

    private static readonly Parser<ExpressionSyntax> KeywordValue =
        Keyword("birthday").Select(s => (ExpressionSyntax)new KeywordSyntax(s, "birthday"))
            .Or(Keyword("today").Select(s => (ExpressionSyntax)new KeywordSyntax(s, "today")));

    private static readonly Parser<ExpressionSyntax> CallOrName =
        from first in NameToken
        from rest in Call(first).Or(Name(first))
        select rest;

    /// <summary>A name part after a dot: any word (<c>customer.tier</c>), or a known attribute's words written with spaces.</summary>
    private static readonly Parser<Identifier> NamePart =
        from first in AnyWordHere
        from part in MoreWords(first)
        select part;

    /// <summary>
    /// Extends <paramref name="first"/> with the words that follow it on the same line while they
    /// spell (part of) a known attribute's name, so <c>loan balance</c> reads as <c>loan_balance</c>
    /// but two unrelated words stay two words (and get a clear error).
    /// </summary>
    private static Parser<Identifier> MoreWords(Identifier first) => input =>
    {
        var name = first;
        var rest = input;
        while (true)
        {
            var spaces = Parse.Chars(' ', '\t').AtLeastOnce()(rest);
            if (!spaces.WasSuccessful)
            {
                break;
            }

            var word = AnyWordHere(spaces.Remainder);
            if (!word.WasSuccessful || !SpacedNames.Contains(name.Text + "_" + word.Value.Text))
            {
                break;
            }

            name = new Identifier(name.Text + "_" + word.Value.Text, name.Span.Cover(word.Value.Span));
            rest = word.Remainder;
        }

        return Result.Success(name, rest);
    };

    private static Parser<ExpressionSyntax> Call(Identifier function) =>
        from open in Symbol("(")
        from arguments in Expression.XDelimitedBy(Symbol(",")).XOptional()
        from close in Symbol(")")
        select (ExpressionSyntax)new CallSyntax(function.Span.Cover(close), function, [.. arguments.GetOrElse([])]);

    private static Parser<ExpressionSyntax> Name(Identifier first) =>
        from head in MoreWords(first)
        from rest in (from dot in Parse.Char('.') from part in NamePart select part).XMany()
        select (ExpressionSyntax)new NameSyntax(rest.Aggregate(head.Span, (span, part) => span.Cover(part.Span)), [head, .. rest]);

    /// <summary>What may follow a value to make a predicate.</summary>
    private static Parser<ExpressionSyntax> Suffix(ExpressionSyntax left) =>
        (from op in ComparisonOperator
         from right in Additive
         select (ExpressionSyntax)new BinarySyntax(left.Span.Cover(right.Span), op.Operator, op.Span, left, right))
        .Or(from not in Keyword("not").Optional()
            from @in in Keyword("in")
            from list in Additive
            select (ExpressionSyntax)new InSyntax(left.Span.Cover(list.Span), left, list, not.IsDefined))
        .Or(from op in TextOperator
            from right in Additive
            select (ExpressionSyntax)new TextTestSyntax(left.Span.Cover(right.Span), op, left, right))
        .Or(from within in Keyword("within")
            from duration in Additive
            from anchor in (from of in Keyword("of") from date in Additive select date).XOptional()
            let end = anchor.IsDefined ? anchor.Get().Span : duration.Span
            select (ExpressionSyntax)new WithinSyntax(left.Span.Cover(end), left, duration, anchor.GetOrDefault()))
        .Or(from @is in Keyword("is")
            from presence in Keyword("missing").Select(s => (Present: false, Span: s)).Or(Keyword("present").Select(s => (Present: true, Span: s)))
            select (ExpressionSyntax)new PresenceSyntax(left.Span.Cover(presence.Span), left, presence.Present))
        .Or(from direction in Keyword("dropped by").Select(s => (Dropped: true, Span: s)).Or(Keyword("rose by").Select(s => (Dropped: false, Span: s)))
            from percent in Additive
            select (ExpressionSyntax)new TrendSyntax(left.Span.Cover(percent.Span), left, direction.Dropped, percent));

    private static readonly Parser<string> TextOperator =
        Keyword("starts with").Return("starts with")
            .Or(Keyword("ends with").Return("ends with"))
            .Or(Keyword("contains").Return("contains"));

    private static Parser<(string Operator, TextSpan Span)> Op(string symbol) => Symbol(symbol).Select(s => (symbol, s));

    private static Parser<ExpressionSyntax> Binary(Parser<(string Operator, TextSpan Span)> op, Parser<ExpressionSyntax> operand) =>
        Parse.ChainOperator(op, operand, (o, left, right) => new BinarySyntax(left.Span.Cover(right.Span), o.Operator, o.Span, left, right));

    /// <summary>Three capital letters: a currency code such as EUR.</summary>
    public static bool IsCurrencyCode(string word) => word.Length == 3 && word.All(char.IsAsciiLetterUpper);
}
