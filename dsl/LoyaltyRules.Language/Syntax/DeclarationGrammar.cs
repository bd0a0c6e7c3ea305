using Sprache;
using static LoyaltyRules.Language.Syntax.ExpressionGrammar;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// The top-level declarations. Each starts at the beginning of a line; its continuation lines are
/// indented. <see cref="SyntaxParser"/> cuts the file into declarations and picks the parser by the
/// first word.
/// </summary>
internal static class DeclarationGrammar
{
    /// <summary>The parser for each word a declaration can start with.</summary>
    public static IReadOnlyDictionary<string, Parser<DeclarationSyntax>> ByFirstWord { get; } = new Dictionary<string, Parser<DeclarationSyntax>>(StringComparer.Ordinal)
    {
        ["program"] = Ref(() => Program!),
        ["currency"] = Ref(() => Currency!),
        ["points"] = Ref(() => PointsExpiry!),
        ["review"] = Ref(() => TierReview!),
        ["reversals"] = Ref(() => Reversals!),
        ["const"] = Ref(() => Const!),
        ["condition"] = Ref(() => NamedCondition!),
        ["tier"] = Ref(() => Tier!),
        ["rule"] = RuleGrammar.Rule,
    };

    private static readonly Parser<DeclarationSyntax> Program =
        from keyword in Keyword("program")
        from name in StringToken
        select (DeclarationSyntax)new ProgramDeclarationSyntax(keyword.Cover(name.Span), name);

    private static readonly Parser<DeclarationSyntax> Currency =
        from keyword in Keyword("currency")
        from code in AnyWord.Expected("a currency code such as EUR")
        select (DeclarationSyntax)new CurrencyDeclarationSyntax(keyword.Cover(code.Span), code);

    private static readonly Parser<DeclarationSyntax> PointsExpiry =
        from keyword in Keyword("points expire after")
        from after in Value
        select (DeclarationSyntax)new PointsExpiryDeclarationSyntax(keyword.Cover(after.Span), after);

    private static readonly Parser<DeclarationSyntax> TierReview =
        from keyword in Keyword("review tiers every")
        from every in Value
        from grace in (from word in Keyword("grace") from value in Value select value).XOptional()
        select (DeclarationSyntax)new TierReviewDeclarationSyntax(keyword.Cover(grace.IsDefined ? grace.Get().Span : every.Span), every, grace.GetOrDefault());

    private static readonly Parser<DeclarationSyntax> Reversals =
        from keyword in Keyword("reversals requalify tiers")
        select (DeclarationSyntax)new ReversalSettingSyntax(keyword);

    private static readonly Parser<DeclarationSyntax> Const =
        from keyword in Keyword("const")
        from name in NameToken
        from equalsSign in Symbol("=")
        from value in Expression
        select (DeclarationSyntax)new ConstDeclarationSyntax(keyword.Cover(value.Span), name, value);

    private static readonly Parser<DeclarationSyntax> NamedCondition =
        from keyword in Keyword("condition")
        from name in NameToken
        from equalsSign in Symbol("=")
        from condition in Expression
        select (DeclarationSyntax)new ConditionDeclarationSyntax(keyword.Cover(condition.Span), name, condition);

    private static readonly Parser<DeclarationSyntax> Tier =
        from keyword in Keyword("tier")
        from name in NameToken
        from clauses in Ref(() => TierClause!).Until("the end of the tier")
        let end = clauses.Count > 0 ? clauses[^1].Span : name.Span
        select (DeclarationSyntax)new TierDeclarationSyntax(keyword.Cover(end), name, clauses);

    private static readonly Parser<TierClauseSyntax> TierClause =
        (from keyword in Keyword("default")
         select new TierClauseSyntax(keyword, "default", null))
        .Or(Conditional("when"))
        .Or(Conditional("upgrade when"))
        .Or(Conditional("keep when"))
        .Or(Conditional("downgrade when"));

    private static Parser<TierClauseSyntax> Conditional(string phrase) =>
        from keyword in Keyword(phrase)
        from condition in Expression
        select new TierClauseSyntax(keyword.Cover(condition.Span), phrase, condition);
}
