namespace LoyaltyRules.Language.Syntax;

// A rule's actions: a closed family of small immutable records (one file on purpose).

/// <summary>An action of a rule.</summary>
public abstract record ActionSyntax(TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The words that start the action, for messages.</summary>
    public abstract string Verb { get; }
}

/// <summary>
/// <c>award floor(amount / 10) points</c> or <c>deduct 100 points</c>, with modifiers such as
/// <c>as "card spend"</c>, <c>to referrer</c>, <c>pending 14 days</c>, <c>capped at 5000 points per month</c>.
/// </summary>
/// <param name="Span">Where it is.</param>
/// <param name="Deduct">True for <c>deduct</c>.</param>
/// <param name="Points">How many.</param>
/// <param name="PointsWord">Whether the word <c>points</c> follows a plain value (<c>award x points</c>).</param>
/// <param name="Modifiers">The modifiers, as written.</param>
public sealed record AwardActionSyntax(TextSpan Span, bool Deduct, ExpressionSyntax Points, bool PointsWord, IReadOnlyList<ModifierSyntax> Modifiers) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => Deduct ? "deduct" : "award";
}

/// <summary><c>multiply points by 2 as "double points weekend"</c>: multiplies the points the rules awarded so far for this event.</summary>
public sealed record MultiplyActionSyntax(TextSpan Span, ExpressionSyntax Factor, IReadOnlyList<ModifierSyntax> Modifiers) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => "multiply points by";
}

/// <summary><c>upgrade tier to Gold</c>, <c>downgrade tier to Silver</c>, <c>set tier to Classic</c>.</summary>
public sealed record TierActionSyntax(TextSpan Span, string Direction, Identifier Tier) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => Direction + " tier to";
}

/// <summary><c>offer rate discount 50 bp on "business-loan" for 90 days</c>.</summary>
public sealed record OfferRateActionSyntax(TextSpan Span, ExpressionSyntax Discount, ExpressionSyntax Product, ExpressionSyntax ValidFor) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => "offer rate discount";
}

/// <summary><c>offer "WINBACK-RATE" valid 30 days</c> or <c>grant gift "apology-voucher"</c>.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Gift">True for <c>grant gift</c>, false for <c>offer</c>.</param>
/// <param name="Code">The offer code or the gift.</param>
/// <param name="Modifiers">The modifiers (<c>valid 30 days</c>).</param>
public sealed record GrantActionSyntax(TextSpan Span, bool Gift, ExpressionSyntax Code, IReadOnlyList<ModifierSyntax> Modifiers) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => Gift ? "grant gift" : "offer";
}

/// <summary><c>tag customer as "vip"</c>.</summary>
public sealed record TagActionSyntax(TextSpan Span, ExpressionSyntax Segment) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => "tag customer as";
}

/// <summary><c>notify "points-earned"</c>.</summary>
public sealed record NotifyActionSyntax(TextSpan Span, ExpressionSyntax Template) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => "notify";
}

/// <summary><c>stop</c> (or <c>stop further rules</c>): no rule of lower priority fires for this event.</summary>
public sealed record StopActionSyntax(TextSpan Span) : ActionSyntax(Span)
{
    /// <inheritdoc />
    public override string Verb => "stop";
}

/// <summary>
/// A modifier of an action: <c>as "reason"</c>, <c>to referrer</c>, <c>pending 14 days</c>,
/// <c>capped at 5000 points per month</c>, <c>valid 30 days</c>.
/// </summary>
/// <param name="Span">Where it is.</param>
/// <param name="Keyword">The modifier's words: <c>as</c>, <c>to referrer</c>, <c>pending</c>, <c>capped at</c> or <c>valid</c>.</param>
/// <param name="Value">Its value (none for <c>to referrer</c>).</param>
/// <param name="Per">The period of a cap.</param>
/// <param name="PointsWord">Whether the word <c>points</c> follows a plain cap value.</param>
public sealed record ModifierSyntax(TextSpan Span, string Keyword, ExpressionSyntax? Value, ExpressionSyntax? Per, bool PointsWord) : SyntaxNode(Span);
