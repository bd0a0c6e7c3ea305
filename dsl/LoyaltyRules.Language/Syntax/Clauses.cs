namespace LoyaltyRules.Language.Syntax;

// A rule's metadata clauses: a closed family of small immutable records (one file on purpose).

/// <summary>A metadata clause of a rule.</summary>
public abstract record RuleClauseSyntax(TextSpan Span) : SyntaxNode(Span)
{
    /// <summary>The clause's keyword, for messages.</summary>
    public abstract string Keyword { get; }
}

/// <summary><c>description "…"</c>.</summary>
public sealed record DescriptionClauseSyntax(TextSpan Span, StringSyntax Text) : RuleClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "description";
}

/// <summary><c>priority 10</c> (higher fires first; may be negative).</summary>
public sealed record PriorityClauseSyntax(TextSpan Span, ExpressionSyntax Value) : RuleClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "priority";
}

/// <summary><c>tags earn, card</c>.</summary>
public sealed record TagsClauseSyntax(TextSpan Span, IReadOnlyList<Identifier> Tags) : RuleClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "tags";
}

/// <summary><c>effective from 2026-01-01 until 2026-12-31</c> (either end may be left out).</summary>
public sealed record EffectiveClauseSyntax(TextSpan Span, ExpressionSyntax? From, ExpressionSyntax? Until) : RuleClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "effective";
}

/// <summary>
/// <c>once</c> (ever), <c>once per 365 days</c>, <c>once per merchant</c>, <c>once per merchant per 30 days</c>.
/// <see cref="Key"/> is what the limit is per (an attribute, as written); <see cref="Period"/> how long it lasts.
/// </summary>
public sealed record OnceClauseSyntax(TextSpan Span, ExpressionSyntax? Key, ExpressionSyntax? Period) : RuleClauseSyntax(Span)
{
    /// <inheritdoc />
    public override string Keyword => "once";
}
