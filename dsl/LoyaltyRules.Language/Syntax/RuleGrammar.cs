using LoyaltyRules.Core.Schema;
using Sprache;
using static LoyaltyRules.Language.Syntax.ExpressionGrammar;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// A rule: <c>rule "name"</c>, metadata clauses, <c>when</c> and the trigger, <c>then</c> and the
/// actions joined by <c>and</c>, then more clauses (after a comma or on their own lines).
/// </summary>
internal static class RuleGrammar
{
    public static readonly Parser<DeclarationSyntax> Rule =
        from rule in Keyword("rule")
        from name in StringToken
        from clauses in Ref(() => Clause!).Repeated()
        from when in Keyword("when").Or(Ref(() => ExpectClause!))
        from trigger in Ref(() => Trigger!)
        from then in ThenAfter(trigger)
        from first in Ref(() => Action!)
        from rest in Ref(() => Tail!).Until("the end of the rule")
        let actions = rest.OfType<ActionSyntax>().Prepend(first).ToList()
        let trailing = rest.OfType<RuleClauseSyntax>().ToList()
        select (DeclarationSyntax)new RuleDeclarationSyntax(
            rule.Cover((rest.Count > 0 ? rest[^1] : first).Span), name, [.. clauses], trigger, actions, trailing);

    /// <summary>Fails where 'when' was expected, naming the clauses that may also come there.</summary>
    private static readonly Parser<TextSpan> ExpectClause =
        Keyword("description").Or(Keyword("priority")).Or(Keyword("tags")).Or(Keyword("effective")).Or(Keyword("once"))
            .Then(_ => Parse.Return(default(TextSpan)))
            .Where(_ => false);

    /// <summary>
    /// <c>kind where condition</c>, or a condition. Once <c>kind where</c> is read the rule is committed
    /// to an event trigger, so an error in its condition is reported there.
    /// </summary>
    private static readonly Parser<TriggerSyntax> Trigger =
        from kind in Ref(() => KindWhere!).Optional()
        from condition in Expression
        select kind.IsDefined
            ? (TriggerSyntax)new EventTriggerSyntax(kind.Get().Span.Cover(condition.Span), kind.Get(), condition)
            : new ConditionTriggerSyntax(condition.Span, condition);

    private static readonly Parser<TextSpan> Then = Keyword("then");

    private static readonly string[] WhereOrThen = ["'where'", "'then'"];

    /// <summary>
    /// 'then' after the trigger. After a trigger that is a lone name of an event kind, or a name close
    /// to one (<c>when purchase wehre …</c>), a failure expects 'where' or 'then': the word that failed
    /// may be a misspelt 'where'.
    /// </summary>
    private static Parser<TextSpan> ThenAfter(TriggerSyntax trigger) =>
        trigger is ConditionTriggerSyntax { Condition: NameSyntax { Parts: [{ Written: null } name] } }
            ? input =>
            {
                var result = Then(input);
                return result.WasSuccessful || !LooksLikeKind(name.Text)
                    ? result
                    : Result.Failure<TextSpan>(result.Remainder, "expected 'where' or 'then'", WhereOrThen);
            }
            : Then;

    private static bool LooksLikeKind(string name) =>
        FactSchema.Kind(name) is not null || Suggestions.Closest(name, FactSchema.Kinds.Select(k => k.Name)) is not null;

    private static readonly Parser<Identifier> KindWhere =
        from kind in NameToken
        from whereWord in Keyword("where")
        select kind;

    /// <summary>After the first action: <c>and</c> another action, or a clause (after an optional comma).</summary>
    private static readonly Parser<SyntaxNode> Tail =
        (from and in Keyword("and")
         from action in Ref(() => Action!)
         select (SyntaxNode)action)
        .Or(from comma in Symbol(",").Optional()
            from clause in Ref(() => Clause!)
            select (SyntaxNode)clause);

    public static readonly Parser<RuleClauseSyntax> Clause =
        (from keyword in Keyword("description")
         from text in StringToken
         select (RuleClauseSyntax)new DescriptionClauseSyntax(keyword.Cover(text.Span), text))
        .Or(from keyword in Keyword("priority")
            from value in Value
            select (RuleClauseSyntax)new PriorityClauseSyntax(keyword.Cover(value.Span), value))
        .Or(from keyword in Keyword("tags")
            from tags in NameToken.DelimitedBy(Symbol(","))
            let list = tags.ToList()
            select (RuleClauseSyntax)new TagsClauseSyntax(keyword.Cover(list[^1].Span), list))
        .Or(from keyword in Keyword("effective")
            from range in
                (from word in Keyword("from")
                 from start in Value
                 from until in (from word in Keyword("until") from date in Value select date).XOptional()
                 select (Start: (ExpressionSyntax?)start, Until: until.GetOrDefault()))
                .Or(from word in Keyword("until")
                    from until in Value
                    select (Start: (ExpressionSyntax?)null, Until: (ExpressionSyntax?)until))
            let end = (range.Until ?? range.Start)!.Span
            select (RuleClauseSyntax)new EffectiveClauseSyntax(keyword.Cover(end), range.Start, range.Until))
        .Or(from keyword in Keyword("once")
            from first in (from per in Keyword("per") from value in Ref(() => Period!) select value).XOptional()
            from second in (from per in Keyword("per") from value in Ref(() => Period!) select value).XOptional()
            select (RuleClauseSyntax)Once(keyword, first.GetOrDefault(), second.GetOrDefault()))
        .StartingWith("description", "priority", "tags", "effective", "once");

    /// <summary>
    /// A period: <c>30 days</c>, or a unit alone (<c>month</c>) for one of it. Any value parses here
    /// (a constant may be a period; <c>once per merchant</c> names an attribute): the binder decides.
    /// </summary>
    private static readonly Parser<ExpressionSyntax> Period =
        Value.Select(value => value is NameSyntax { Parts: [{ } unit] } && Units.Contains(unit.Text) && unit.Text is not ("points" or "point" or "bp")
            ? new QuantitySyntax(unit.Span, 1, "", unit.Text, unit.Span)
            : value)
        .Expected("a period");

    /// <summary><c>once</c>, <c>once per P</c>, <c>once per key</c>, <c>once per key per P</c>.</summary>
    private static OnceClauseSyntax Once(TextSpan keyword, ExpressionSyntax? first, ExpressionSyntax? second)
    {
        var end = (second ?? first)?.Span ?? keyword;
        return second is not null || first is NameSyntax
            ? new OnceClauseSyntax(keyword.Cover(end), first, second)
            : new OnceClauseSyntax(keyword.Cover(end), null, first);
    }

    public static readonly Parser<ActionSyntax> Action =
        Ref(() => Award!)
            .Or(Ref(() => Multiply!))
            .Or(Ref(() => TierChange!))
            .Or(Ref(() => OfferRate!))
            .Or(Ref(() => Grant!))
            .Or(from keyword in Keyword("tag customer as")
                from segment in Value
                select (ActionSyntax)new TagActionSyntax(keyword.Cover(segment.Span), segment))
            .Or(from keyword in Keyword("notify")
                from template in Value
                select (ActionSyntax)new NotifyActionSyntax(keyword.Cover(template.Span), template))
            .Or(from keyword in Keyword("stop")
                from further in Keyword("further rules").Optional()
                select (ActionSyntax)new StopActionSyntax(further.IsDefined ? keyword.Cover(further.Get()) : keyword))
            .StartingWith("award", "deduct", "multiply", "upgrade", "downgrade", "set", "offer", "grant", "tag", "notify", "stop")
            .Expected("an action");

    private static readonly Parser<ActionSyntax> Award =
        from verb in Keyword("award").Return(false).Or(Keyword("deduct").Return(true)).Located()
        from points in Value
        from word in Ref(() => PointsWord!).Optional()
        from modifiers in Ref(() => Modifier!).Repeated()
        let end = EndOf(word.IsDefined ? word.Get() : points.Span, modifiers)
        select (ActionSyntax)new AwardActionSyntax(verb.Span.Cover(end), verb.Value, points, word.IsDefined, [.. modifiers]);

    private static readonly Parser<ActionSyntax> Multiply =
        from verb in Keyword("multiply points by")
        from factor in Value
        from modifiers in Ref(() => Modifier!).Repeated()
        select (ActionSyntax)new MultiplyActionSyntax(verb.Cover(EndOf(factor.Span, modifiers)), factor, [.. modifiers]);

    private static readonly Parser<ActionSyntax> TierChange =
        from direction in Keyword("upgrade").Return("upgrade").Or(Keyword("downgrade").Return("downgrade")).Or(Keyword("set").Return("set")).Located()
        from tier in Keyword("tier").Optional()
        from to in Keyword("to")
        from name in NameToken
        select (ActionSyntax)new TierActionSyntax(direction.Span.Cover(name.Span), direction.Value, name);

    private static readonly Parser<ActionSyntax> OfferRate =
        from verb in Keyword("offer rate discount")
        from discount in Value
        from onWord in Keyword("on")
        from product in Value
        from @for in Keyword("for")
        from validFor in Value
        select (ActionSyntax)new OfferRateActionSyntax(verb.Cover(validFor.Span), discount, product, validFor);

    private static readonly Parser<ActionSyntax> Grant =
        from verb in Keyword("offer").Return(false).Or(Keyword("grant gift").Return(true)).Located()
        from code in Value
        from modifiers in Ref(() => Modifier!).Repeated()
        select (ActionSyntax)new GrantActionSyntax(verb.Span.Cover(EndOf(code.Span, modifiers)), verb.Value, code, [.. modifiers]);

    private static readonly Parser<TextSpan> PointsWord = Keyword("points").Or(Keyword("point"));

    private static readonly Parser<ModifierSyntax> Modifier =
        (from keyword in Keyword("as")
         from reason in Value
         select new ModifierSyntax(keyword.Cover(reason.Span), "as", reason, null, false))
        .Or(from keyword in Keyword("to referrer")
            select new ModifierSyntax(keyword, "to referrer", null, null, false))
        .Or(from keyword in Keyword("pending")
            from duration in Value
            select new ModifierSyntax(keyword.Cover(duration.Span), "pending", duration, null, false))
        .Or(from keyword in Keyword("capped at")
            from cap in Value
            from word in Ref(() => PointsWord!).Optional()
            from per in Keyword("per")
            from period in Ref(() => Period!)
            select new ModifierSyntax(keyword.Cover(period.Span), "capped at", cap, period, word.IsDefined))
        .Or(from keyword in Keyword("valid")
            from duration in Value
            select new ModifierSyntax(keyword.Cover(duration.Span), "valid", duration, null, false))
        .StartingWith("as", "to", "pending", "capped", "valid");

    private static TextSpan EndOf(TextSpan last, IEnumerable<ModifierSyntax> modifiers) =>
        modifiers.Aggregate(last, (span, modifier) => span.Cover(modifier.Span));
}
