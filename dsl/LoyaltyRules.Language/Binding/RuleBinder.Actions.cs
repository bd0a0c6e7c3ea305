using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>A rule's actions.</summary>
internal sealed partial class RuleBinder
{
    private static readonly Dictionary<Type, string[]> AllowedModifiers = new()
    {
        [typeof(AwardActionSyntax)] = ["as", "to referrer", "pending", "capped at"],
        [typeof(MultiplyActionSyntax)] = ["as"],
        [typeof(GrantActionSyntax)] = ["valid"],
    };

    private BoundAction? Action(ActionSyntax action, BindingScope scope)
    {
        var modifiers = Modifiers(action, scope);
        if (modifiers is null)
        {
            return null;
        }

        return action switch
        {
            AwardActionSyntax award => Award(award, modifiers, scope),
            MultiplyActionSyntax multiply => Multiply(multiply, modifiers, scope),
            TierActionSyntax tier => TierChange(tier),
            OfferRateActionSyntax rate => OfferRate(rate, scope),
            GrantActionSyntax grant => Grant(grant, modifiers, scope),
            TagActionSyntax tag => Text(tag.Segment, scope, "a segment tag") is { } segment ? new BoundTag(tag.Span, segment) : null,
            NotifyActionSyntax notify => Text(notify.Template, scope, "a notification") is { } template ? new BoundNotify(notify.Span, template) : null,
            StopActionSyntax stop => new BoundStop(stop.Span),
            _ => throw new InvalidOperationException($"No binding for {action.GetType().Name}."),
        };
    }

    /// <summary>The action's modifiers by keyword, each once and each allowed here; null when one is wrong.</summary>
    private Dictionary<string, ModifierSyntax>? Modifiers(ActionSyntax action, BindingScope scope)
    {
        var list = action switch
        {
            AwardActionSyntax a => a.Modifiers,
            MultiplyActionSyntax m => m.Modifiers,
            GrantActionSyntax g => g.Modifiers,
            _ => [],
        };
        var allowed = AllowedModifiers.GetValueOrDefault(action.GetType(), []);
        var found = new Dictionary<string, ModifierSyntax>(StringComparer.Ordinal);
        var ok = true;
        foreach (var modifier in list)
        {
            if (!allowed.Contains(modifier.Keyword) || (modifier.Keyword != "as" && action is AwardActionSyntax { Deduct: true }))
            {
                var hint = modifier.Keyword == "valid" ? ": only offers and gifts have a validity" : "";
                Diagnostics.Report(DiagnosticCatalog.ModifierNotAllowed, modifier.Span, modifier.Keyword, action.Verb, hint);
                ok = false;
            }
            else if (!found.TryAdd(modifier.Keyword, modifier))
            {
                Diagnostics.Report(DiagnosticCatalog.DuplicateModifier, modifier.Span, modifier.Keyword);
                ok = false;
            }
            else if (modifier.Keyword == "to referrer" && scope.Kind?.Name != Core.Events.EventKinds.Referral)
            {
                Diagnostics.Report(DiagnosticCatalog.ReferrerOutsideReferral, modifier.Span);
                ok = false;
            }
        }

        return ok ? found : null;
    }

    private BoundAward? Award(AwardActionSyntax award, Dictionary<string, ModifierSyntax> modifiers, BindingScope scope)
    {
        var points = PointsValue(award.Points, award.PointsWord, award.Verb, scope);
        var reason = modifiers.TryGetValue("as", out var @as) ? Text(@as.Value!, scope, "a reason") : null;
        Period? pending = null;
        if (modifiers.TryGetValue("pending", out var hold) && (pending = expressions.BindPeriod(hold.Value!, scope, "'pending'")) is null)
        {
            return null;
        }

        BoundExpression? cap = null;
        Period? capPeriod = null;
        if (modifiers.TryGetValue("capped at", out var capped))
        {
            cap = PointsValue(capped.Value!, capped.PointsWord, "'capped at'", scope);
            capPeriod = expressions.BindPeriod(capped.Per!, scope, "the period of a cap");
            if (cap is null || capPeriod is null)
            {
                return null;
            }
        }

        if (points is null || (@as is not null && reason is null))
        {
            return null;
        }

        return new BoundAward(award.Span, award.Deduct, points, reason, pending, cap, capPeriod);
    }

    /// <summary>
    /// A number of points: <c>500 points</c>, or a number or an amount of money followed by the word
    /// <c>points</c> (<c>floor(amount) points</c>: a point per unit of money).
    /// </summary>
    private BoundExpression? PointsValue(ExpressionSyntax syntax, bool pointsWord, string what, BindingScope scope)
    {
        var value = expressions.Bind(syntax, scope);
        switch (value.Type)
        {
            case LanguageType.Error:
                return null;
            case LanguageType.Points:
            case LanguageType.Number or LanguageType.Money when pointsWord:
                return value;
            case LanguageType.Number:
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, what, "points", "a number", $": write '{Diagnostics.Source.Slice(value.Span)} points'");
                return null;
            case LanguageType.Money:
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, what, "points", "money", $": turn it into points, for example floor({Divided(syntax)} / 10) points");
                return null;
            default:
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, what, "points", TypeNames.Describe(value), "");
                return null;
        }
    }

    /// <summary>An amount's text ready to be divided: in parentheses when it is itself a calculation.</summary>
    private string Divided(ExpressionSyntax amount)
    {
        var text = Diagnostics.Source.Slice(amount.Span);
        return amount is BinarySyntax or UnarySyntax ? $"({text})" : text;
    }

    private BoundMultiply? Multiply(MultiplyActionSyntax multiply, Dictionary<string, ModifierSyntax> modifiers, BindingScope scope)
    {
        var factor = expressions.Bind(multiply.Factor, scope);
        var reason = modifiers.TryGetValue("as", out var @as) ? Text(@as.Value!, scope, "a reason") : null;
        if (factor.Type is not (LanguageType.Number or LanguageType.Percent))
        {
            if (factor.Type != LanguageType.Error)
            {
                Diagnostics.Report(DiagnosticCatalog.WrongQuantity, factor.Span, "'multiply points by'", "a number or a percentage", TypeNames.Describe(factor), "");
            }

            return null;
        }

        return @as is not null && reason is null ? null : new BoundMultiply(multiply.Span, factor, reason);
    }

    private BoundTierChange? TierChange(TierActionSyntax action)
    {
        if (!Symbols.Tiers.TryGetValue(action.Tier.Text, out var level))
        {
            var hint = Symbols.Tiers.Count == 0 ? "; the program declares no tiers" : Suggestions.DidYouMean(action.Tier.Text, Symbols.Tiers.Keys);
            Diagnostics.Report(DiagnosticCatalog.UnknownTier, action.Tier.Span, action.Tier.Text, hint);
            return null;
        }

        var direction = action.Direction switch { "upgrade" => TierDirection.Up, "downgrade" => TierDirection.Down, _ => TierDirection.Any };
        return new BoundTierChange(action.Span, level, direction);
    }

    private BoundOfferRate? OfferRate(OfferRateActionSyntax rate, BindingScope scope)
    {
        var discount = expressions.Bind(rate.Discount, scope);
        var product = Text(rate.Product, scope, "a product");
        var validFor = expressions.BindPeriod(rate.ValidFor, scope, "a rate's validity");
        if (discount.Type is not (LanguageType.Percent or LanguageType.Error))
        {
            var fix = discount.Unitless ? $": write '{Diagnostics.Source.Slice(discount.Span)} bp' or '{Diagnostics.Source.Slice(discount.Span)}%'" : "";
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, discount.Span, "a rate discount", "basis points or a percentage", TypeNames.Describe(discount), fix);
            return null;
        }

        return discount.Type == LanguageType.Error || product is null || validFor is null ? null : new BoundOfferRate(rate.Span, discount, product, validFor.Value);
    }

    private BoundGrant? Grant(GrantActionSyntax grant, Dictionary<string, ModifierSyntax> modifiers, BindingScope scope)
    {
        var code = Text(grant.Code, scope, grant.Gift ? "a gift" : "an offer code");
        Period? valid = null;
        if (modifiers.TryGetValue("valid", out var validity) && (valid = expressions.BindPeriod(validity.Value!, scope, "a validity")) is null)
        {
            return null;
        }

        return code is null ? null : new BoundGrant(grant.Span, grant.Gift, code, valid);
    }

    private BoundExpression? Text(ExpressionSyntax syntax, BindingScope scope, string what)
    {
        var value = expressions.Bind(syntax, scope);
        if (value.Type == LanguageType.Text)
        {
            return value;
        }

        if (value.Type != LanguageType.Error)
        {
            Diagnostics.Report(DiagnosticCatalog.WrongQuantity, value.Span, what, "text in quotes", TypeNames.Describe(value), "");
        }

        return null;
    }
}
