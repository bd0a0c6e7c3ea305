using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>
/// What follows <c>expect</c>: <c>nothing</c>, <c>award 120 points</c>, <c>deduct 50 points</c>,
/// <c>tier Gold</c>, <c>review of Gold kept|lost</c>, <c>rate 50 bp on "product"</c>, <c>offer "CODE"</c>,
/// <c>gift "voucher"</c>, <c>tag "vip"</c>, <c>notification "template"</c>; then, in any order,
/// <c>by "rule"</c>, <c>as "reason"</c>, <c>until DATE</c> (validity, or availability of pending points).
/// </summary>
internal static class ExpectationGrammar
{
    public static readonly Parser<ExpectedDecision> Expectation =
        Ref(() => Nothing!)
            .Or(Ref(() => Points!))
            .Or(Ref(() => Tier!))
            .Or(Ref(() => Review!))
            .Or(Ref(() => Rate!))
            .Or(Ref(() => Named!))
            .Expected("a decision: nothing, award, deduct, tier, review of, rate, offer, gift, tag or notification");

    private static readonly Parser<ExpectedDecision> Nothing =
        from word in Keyword("nothing")
        select new ExpectedDecision(word, "nothing", null, null, null, null, null, null);

    private static readonly Parser<ExpectedDecision> Points =
        from verb in AnyWord.Where(w => w.Text is "award" or "deduct")
        from number in Number
        from unit in Keyword("points").Or(Keyword("point"))
        from details in Ref(() => Details!)
        select Apply(new ExpectedDecision(verb.Span.Cover(unit), verb.Text, number.Value, null, null, null, null, null), details);

    private static readonly Parser<ExpectedDecision> Tier =
        from word in Keyword("tier")
        from tier in AnyWord.Expected("a tier's name")
        from details in Ref(() => Details!)
        select Apply(new ExpectedDecision(word.Cover(tier.Span), "tier", null, tier.Text, null, null, null, null), details);

    private static readonly Parser<ExpectedDecision> Review =
        from words in Keyword("review of")
        from tier in AnyWord.Expected("a tier's name")
        from outcome in Keyword("kept").Return(true).Or(Keyword("lost").Return(false)).Located()
        from details in Ref(() => Details!)
        select Apply(new ExpectedDecision(words.Cover(outcome.Span), "review", null, tier.Text, null, null, null, outcome.Value), details);

    private static readonly Parser<ExpectedDecision> Rate =
        from word in Keyword("rate")
        from number in Number
        from unit in Keyword("bp")
        from onWord in Keyword("on")
        from product in StringToken
        from details in Ref(() => Details!)
        select Apply(new ExpectedDecision(word.Cover(product.Span), "rate", number.Value, product.Value, null, null, null, null), details);

    private static readonly Parser<ExpectedDecision> Named =
        from kind in AnyWord.Where(w => w.Text is "offer" or "gift" or "tag" or "notification")
        from text in StringToken
        from details in Ref(() => Details!)
        select Apply(new ExpectedDecision(kind.Span.Cover(text.Span), kind.Text, null, text.Value, null, null, null, null), details);

    private static readonly Parser<IEnumerable<(string Key, object Value, TextSpan Span)>> Details =
        (from word in Keyword("by") from rule in StringToken select ("by", (object)rule.Value, word.Cover(rule.Span)))
            .Or(from word in Keyword("as") from reason in StringToken select ("as", (object)reason.Value, word.Cover(reason.Span)))
            .Or(from word in Keyword("until") from date in Date select ("until", (object?)date.Value ?? date.Text, word.Cover(date.Span)))
            .XMany();

    private static ExpectedDecision Apply(ExpectedDecision expected, IEnumerable<(string Key, object Value, TextSpan Span)> details)
    {
        foreach (var (key, value, span) in details)
        {
            expected = key switch
            {
                "by" => expected with { Rule = (string)value },
                "as" => expected with { Reason = (string)value },
                _ => expected with { Until = value as DateOnly? },
            };
            expected = expected with { Span = expected.Span.Cover(span) };
        }

        return expected;
    }
}
