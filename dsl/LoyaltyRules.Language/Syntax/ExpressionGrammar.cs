using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// Conditions and values. Precedence, loosest first: <c>or</c>, <c>and</c>, <c>not</c>, predicates
/// (comparisons, <c>in</c>, <c>starts with</c>/<c>ends with</c>/<c>contains</c>, <c>within</c>,
/// <c>is missing</c>, <c>dropped by</c>/<c>rose by</c>), <c>+ -</c>, <c>* /</c>, unary minus, primaries.
/// </summary>
internal static partial class ExpressionGrammar
{
    /// <summary>A condition (or any value), no deeper than <see cref="Nesting.MaxDepth"/>.</summary>
    public static readonly Parser<ExpressionSyntax> Expression = Ref(() => Or!).DepthChecked();

    /// <summary>A value without predicates or logic (amounts, windows, durations, action arguments), no deeper than <see cref="Nesting.MaxDepth"/>.</summary>
    public static readonly Parser<ExpressionSyntax> Value = Ref(() => Additive!).DepthChecked();

    private static readonly Parser<ExpressionSyntax> DateOrNumber = Ref(() => DateLiteral!).Or(Ref(() => NumberOrQuantity!));

    private static readonly Parser<ExpressionSyntax> StringValue = StringToken.Select(s => (ExpressionSyntax)s);

    /// <summary>
    /// A rolling figure or a name, chosen by the second word (<c>points earned</c>, <c>count of</c>,
    /// <c>sum of</c>, <c>days since</c>): once that is read, an error in the figure is reported there
    /// rather than lost by trying the word as a name instead.
    /// </summary>
    private static readonly Parser<ExpressionSyntax> AggregateOrName = input =>
    {
        var (start, end) = PeekWord(input);
        var text = input.Source;
        var limit = ((SourceInput)input).End;
        var second = end;
        while (second < limit && char.IsWhiteSpace(text[second]))
        {
            second++;
        }

        var first = text.AsSpan(start, end - start);
        var next = text.AsSpan(second, WordEnd(text, second, limit) - second);
        var figure = first switch
        {
            "points" => next.SequenceEqual("earned"),
            "days" => next.SequenceEqual("since"),
            _ => next.SequenceEqual("of"),
        };
        return figure ? Aggregate!(input) : CallOrName!(input);
    };

    private static readonly Parser<ExpressionSyntax> DateLiteral = Date.Select(d => (ExpressionSyntax)d);

    private static readonly Parser<ExpressionSyntax> BooleanLiteral =
        Keyword("true").Select(s => (ExpressionSyntax)new BooleanSyntax(s, true))
            .Or(Keyword("false").Select(s => (ExpressionSyntax)new BooleanSyntax(s, false)));

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

    /// <summary>
    /// Whether a word may continue a name written with spaces: not a reserved word, a unit or a currency
    /// code, which always keep their own meaning (<c>award lifetime points</c> with a constant
    /// <c>lifetime</c> awards the constant; <c>enrolled on</c> is not <c>enrolled_on</c>).
    /// </summary>
    private static bool Joinable(string word) => !Reserved.Contains(word) && !Units.Contains(word) && !IsCurrencyCode(word);

    /// <summary>
    /// Extends <paramref name="first"/> with the words that follow it on the same line while they
    /// spell (part of) a known attribute's name, so <c>loan balance</c> reads as <c>loan_balance</c>
    /// but two unrelated words stay two words (and get a clear error).
    /// </summary>
    private static Identifier MoreWords(Identifier first, IInput input, out IInput rest)
    {
        var name = first;
        rest = input;
        if (!SpacedNameStarts.Contains(first.Text))
        {
            return name;
        }

        while (true)
        {
            var after = rest.Position;
            while (after < ((SourceInput)rest).End && rest.Source[after] is ' ' or '\t')
            {
                after++;
            }

            if (after == rest.Position)
            {
                return name;
            }

            var word = AnyWordHere(At(rest, after));
            if (!word.WasSuccessful || !Joinable(word.Value.Text) || !SpacedNames.Contains(name.Text + "_" + word.Value.Text))
            {
                return name;
            }

            name = new Identifier(name.Text + "_" + word.Value.Text, name.Span.Cover(word.Value.Span)) { Written = (name.Written ?? name.Text) + " " + word.Value.Text };
            rest = word.Remainder;
        }
    }

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> ComparisonSuffix =
        from op in Ref(() => ComparisonOperator!)
        from right in Ref(() => Additive!)
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new BinarySyntax(left.Span.Cover(right.Span), op.Operator, op.Span, left, right));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> InSuffix =
        from not in Keyword("not").Optional()
        from @in in Keyword("in")
        from list in Ref(() => Additive!)
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new InSyntax(left.Span.Cover(list.Span), left, list, not.IsDefined));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> TextSuffix =
        from op in Ref(() => TextOperator!)
        from right in Ref(() => Additive!)
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new TextTestSyntax(left.Span.Cover(right.Span), op, left, right));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> WithinSuffix =
        from within in Keyword("within")
        from duration in Ref(() => Additive!)
        from anchor in (from of in Keyword("of") from date in Ref(() => Additive!) select date).XOptional()
        let end = anchor.IsDefined ? anchor.Get().Span : duration.Span
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new WithinSyntax(left.Span.Cover(end), left, duration, anchor.GetOrDefault()));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> PresenceSuffix =
        from @is in Keyword("is")
        from presence in Keyword("missing").Select(s => (Present: false, Span: s)).Or(Keyword("present").Select(s => (Present: true, Span: s)))
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new PresenceSyntax(left.Span.Cover(presence.Span), left, presence.Present));

    private static readonly Parser<Func<ExpressionSyntax, ExpressionSyntax>> TrendSuffix =
        from direction in Keyword("dropped by").Select(s => (Dropped: true, Span: s)).Or(Keyword("rose by").Select(s => (Dropped: false, Span: s)))
        from percent in Ref(() => Additive!)
        select (Func<ExpressionSyntax, ExpressionSyntax>)(left => new TrendSyntax(left.Span.Cover(percent.Span), left, direction.Dropped, percent));

    private static readonly Parser<string> TextOperator =
        Keyword("starts with").Return("starts with")
            .Or(Keyword("ends with").Return("ends with"))
            .Or(Keyword("contains").Return("contains"));



    // Parsers written as functions come last: they use the parsers above, which are set by then.

    /// <summary>A call (<c>floor(amount / 10)</c>) or a name (<c>channel</c>, <c>customer.tier</c>, <c>loan balance</c>).</summary>
    private static readonly Parser<ExpressionSyntax> CallOrName = input =>
    {
        var first = NameToken(input);
        if (!first.WasSuccessful)
        {
            return Result.Failure<ExpressionSyntax>(first.Remainder, first.Message, first.Expectations);
        }

        var function = first.Value;
        var text = input.Source;
        var end = ((SourceInput)input).End;
        var next = TokenStart(first.Remainder);
        if (next < end && text[next] == '(')
        {
            var call = CallArguments(first.Remainder);
            if (!call.WasSuccessful)
            {
                return Result.Failure<ExpressionSyntax>(call.Remainder, call.Message, call.Expectations);
            }

            var (arguments, close) = call.Value;
            return Result.Success<ExpressionSyntax>(new CallSyntax(function.Span.Cover(close), function, arguments), call.Remainder);
        }

        // The parts after dots: any word (customer.tier), or a known attribute's words written with spaces.
        var parts = new List<Identifier> { MoreWords(function, first.Remainder, out var rest) };
        while (rest.Position < end && text[rest.Position] == '.')
        {
            var part = DottedPart!(At(rest, rest.Position + 1));
            if (!part.WasSuccessful)
            {
                return Result.Failure<ExpressionSyntax>(part.Remainder, part.Message, part.Expectations);
            }

            parts.Add(part.Value);
            rest = part.Remainder;
        }

        return Result.Success<ExpressionSyntax>(new NameSyntax(parts[0].Span.Cover(parts[^1].Span), parts), rest);
    };

    private static readonly Parser<Identifier> DottedPart = input =>
    {
        var word = AnyWordHere(input);
        return word.WasSuccessful ? Result.Success(MoreWords(word.Value, word.Remainder, out var rest), rest) : word;
    };

    /// <summary>A primary value, chosen by its first character or word rather than by trying every alternative.</summary>
    private static readonly Parser<ExpressionSyntax> Primary = input =>
    {
        var (start, end) = PeekWord(input);
        var text = input.Source;
        if (end == start)
        {
            var first = start < ((SourceInput)input).End ? text[start] : '\0';
            var parser = first switch
            {
                >= '0' and <= '9' => DateOrNumber,
                '"' => StringValue,
                '[' => ListLiteral,
                '(' => Parenthesized,
                _ => null,
            };
            return parser is null ? Result.Failure<ExpressionSyntax>(input, "expected a value", ["a value"]) : parser(input);
        }

        var word = text.AsSpan(start, end - start);
        var chosen = word switch
        {
            "true" or "false" => BooleanLiteral,
            "points" or "count" or "sum" or "total" or "average" or "max" or "days" => AggregateOrName,
            "no" => Absence,
            "birthday" or "today" => KeywordValue,
            _ => CallOrName,
        };
        return chosen(input);
    };
}
