namespace LoyaltyRules.Language.Syntax;

// The top-level declarations: a closed family of small immutable records (one file on purpose).

/// <summary>A parsed rule file: its declarations in order and its comments.</summary>
public sealed record CompilationUnitSyntax(TextSpan Span, IReadOnlyList<DeclarationSyntax> Declarations, IReadOnlyList<CommentSyntax> Comments) : SyntaxNode(Span);

/// <summary>A top-level declaration.</summary>
public abstract record DeclarationSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>program "Retail Banking Rewards"</c>.</summary>
public sealed record ProgramDeclarationSyntax(TextSpan Span, StringSyntax Name) : DeclarationSyntax(Span);

/// <summary><c>currency EUR</c>.</summary>
public sealed record CurrencyDeclarationSyntax(TextSpan Span, Identifier Code) : DeclarationSyntax(Span);

/// <summary><c>points expire after 24 months</c>.</summary>
public sealed record PointsExpiryDeclarationSyntax(TextSpan Span, ExpressionSyntax After) : DeclarationSyntax(Span);

/// <summary><c>review tiers every 12 months grace 30 days</c>.</summary>
public sealed record TierReviewDeclarationSyntax(TextSpan Span, ExpressionSyntax Every, ExpressionSyntax? Grace) : DeclarationSyntax(Span);

/// <summary><c>reversals requalify tiers</c>.</summary>
public sealed record ReversalSettingSyntax(TextSpan Span) : DeclarationSyntax(Span);

/// <summary><c>const name = value</c>.</summary>
public sealed record ConstDeclarationSyntax(TextSpan Span, Identifier Name, ExpressionSyntax Value) : DeclarationSyntax(Span);

/// <summary><c>condition name = condition</c>: a reusable named condition.</summary>
public sealed record ConditionDeclarationSyntax(TextSpan Span, Identifier Name, ExpressionSyntax Condition) : DeclarationSyntax(Span);

/// <summary>
/// <c>tier Gold when …</c>, or <c>tier Classic default</c>, or a tier with <c>upgrade when …</c>
/// and <c>keep when …</c> or <c>downgrade when …</c> clauses.
/// </summary>
public sealed record TierDeclarationSyntax(TextSpan Span, Identifier Name, IReadOnlyList<TierClauseSyntax> Clauses) : DeclarationSyntax(Span);

/// <summary>A clause of a tier: <c>default</c>, <c>when …</c>, <c>upgrade when …</c>, <c>keep when …</c> or <c>downgrade when …</c>.</summary>
/// <param name="Span">Where it is.</param>
/// <param name="Keyword">The clause's words, for example <c>keep when</c>.</param>
/// <param name="Condition">Its condition (none for <c>default</c>).</param>
public sealed record TierClauseSyntax(TextSpan Span, string Keyword, ExpressionSyntax? Condition) : SyntaxNode(Span);

/// <summary>A rule: metadata clauses, the trigger, the actions, trailing clauses.</summary>
public sealed record RuleDeclarationSyntax(
    TextSpan Span,
    StringSyntax Name,
    IReadOnlyList<RuleClauseSyntax> Clauses,
    TriggerSyntax Trigger,
    IReadOnlyList<ActionSyntax> Actions,
    IReadOnlyList<RuleClauseSyntax> TrailingClauses) : DeclarationSyntax(Span);

/// <summary>What makes a rule run.</summary>
public abstract record TriggerSyntax(TextSpan Span) : SyntaxNode(Span);

/// <summary><c>when purchase where …</c>: on each event of a kind. (<c>when purchase</c> alone parses as a condition trigger; the binder tells them apart.)</summary>
public sealed record EventTriggerSyntax(TextSpan Span, Identifier Kind, ExpressionSyntax? Where) : TriggerSyntax(Span);

/// <summary><c>when birthday and …</c>: on sweeps (time-based evaluation), when the condition holds.</summary>
public sealed record ConditionTriggerSyntax(TextSpan Span, ExpressionSyntax Condition) : TriggerSyntax(Span);
