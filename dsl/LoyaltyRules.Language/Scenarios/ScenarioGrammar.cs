using Sprache;
using LoyaltyRules.Language.Syntax;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>
/// The lines of a scenario file, each parsed on its own: <c>rules "…"</c>, <c>scenario "…"</c>,
/// <c>customer enrolled DATE [born DATE] [segment "…"]</c>, <c>on DATE [HH:MM] kind [amount [unit]] [attribute value]… [as label]</c>
/// (or <c>on DATE reversal of label …</c>), and <c>expect …</c>.
/// </summary>
internal static class ScenarioGrammar
{
    /// <summary>Any line.</summary>
    public static readonly Parser<ScenarioLine> Line =
        Ref(() => RulesLine!)
            .Or(Ref(() => ScenarioLine!))
            .Or(Ref(() => CustomerLine!))
            .Or(Ref(() => EventLine!))
            .Or(Ref(() => ExpectLine!))
            .Expected("'scenario', 'customer enrolled', 'on', 'expect' or 'rules'");

    private static readonly Parser<ScenarioLine> RulesLine =
        from keyword in Keyword("rules")
        from path in StringToken
        select (ScenarioLine)new RulesLine(keyword.Cover(path.Span), path.Value);

    private static readonly Parser<ScenarioLine> ScenarioLine =
        from keyword in Keyword("scenario")
        from name in StringToken
        select (ScenarioLine)new ScenarioHeaderLine(keyword.Cover(name.Span), name.Value);

    private static readonly Parser<ScenarioLine> CustomerLine =
        from keyword in Keyword("customer enrolled")
        from date in Date
        from time in Ref(() => Time!).XOptional()
        from born in (from word in Keyword("born") from value in Date select value).XOptional()
        from segment in (from word in Keyword("segment") from value in StringToken select value).XOptional()
        let end = segment.IsDefined ? segment.Get().Span : born.IsDefined ? born.Get().Span : time.IsDefined ? time.Get().Span : date.Span
        select (ScenarioLine)new EventLine(keyword.Cover(end), date, time.GetOrDefault(), "enrolment", null, null, Attributes(born.GetOrDefault(), segment.GetOrDefault()), null, null);

    private static readonly Parser<ScenarioLine> EventLine =
        from keyword in Keyword("on")
        from date in Date
        from time in Ref(() => Time!).XOptional()
        from kind in AnyWord.Expected("an event kind")
        from reverses in (from of in Keyword("of") from label in AnyWord.Expected("the label of an earlier event") select label).XOptional()
        from amount in Ref(() => Amount!).XOptional()
        from attributes in Ref(() => Attribute!).XMany()
        from label in (from word in Keyword("as") from name in AnyWord.Expected("a label") select name).XOptional()
        let parts = attributes.ToList()
        let end = label.IsDefined ? label.Get().Span
            : parts.Count > 0 ? parts[^1].Span
            : amount.IsDefined ? amount.Get().Span
            : reverses.IsDefined ? reverses.Get().Span : kind.Span
        select (ScenarioLine)new EventLine(keyword.Cover(end), date, time.GetOrDefault(), kind.Text, kind, amount.GetOrDefault(), parts, label.GetOrDefault(), reverses.GetOrDefault());

    private static readonly Parser<TimeSyntax> Time =
        from hours in Number
        from colon in Symbol(":")
        from minutes in Number
        select new TimeSyntax(hours.Span.Cover(minutes.Span), (int)Math.Min(hours.Value, 99), (int)Math.Min(minutes.Value, 99));

    private static readonly Parser<AmountSyntax> Amount =
        from number in Number
        from unit in AnyWord.Where(w => w.Text == "points" || ExpressionGrammar.IsCurrencyCode(w.Text)).Optional()
        select new AmountSyntax(unit.IsDefined ? number.Span.Cover(unit.Get().Span) : number.Span, number.Value, unit.GetOrDefault()?.Text);

    private static readonly Parser<AttributeSyntax> Attribute =
        from name in AnyWord.Where(w => w.Text is not "as")
        from rest in (from dot in Parse.Char('.') from part in AnyWordHere select part).Many()
        from value in Value
        let fullName = string.Join('.', rest.Select(p => p.Text).Prepend(name.Text))
        select new AttributeSyntax(name.Span.Cover(value.Span), fullName, name.Span, value);

    private static readonly Parser<ScenarioValue> Value =
        Date.Select(d => new ScenarioValue(d.Value is { } v ? v : d.Text, d.Span))
            .Or(Number.Select(n => new ScenarioValue(n.Value, n.Span)))
            .Or(StringToken.Select(s => new ScenarioValue(s.Value, s.Span)))
            .Expected("a value (a string, a number or a date)");

    private static readonly Parser<ScenarioLine> ExpectLine =
        from keyword in Keyword("expect")
        from expectation in ExpectationGrammar.Expectation
        select (ScenarioLine)new ExpectLine(keyword.Cover(expectation.Span), expectation);

    private static List<AttributeSyntax> Attributes(DateSyntax? born, StringSyntax? segment)
    {
        var list = new List<AttributeSyntax>();
        if (born is not null)
        {
            list.Add(new AttributeSyntax(born.Span, "birth_date", born.Span, new ScenarioValue(born.Value is { } v ? v : born.Text, born.Span)));
        }

        if (segment is not null)
        {
            list.Add(new AttributeSyntax(segment.Span, "segment", segment.Span, new ScenarioValue(segment.Value, segment.Span)));
        }

        return list;
    }
}
