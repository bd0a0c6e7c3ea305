using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Scenarios;

// The lines of a scenario file as parsed, before they are put together: a closed family (one file on purpose).

/// <summary>A parsed line.</summary>
internal abstract record ScenarioLine(TextSpan Span);

/// <summary><c>rules "retail-banking.loyalty"</c>.</summary>
internal sealed record RulesLine(TextSpan Span, string Path) : ScenarioLine(Span);

/// <summary><c>scenario "name"</c>.</summary>
internal sealed record ScenarioHeaderLine(TextSpan Span, string Name) : ScenarioLine(Span);

/// <summary><c>customer enrolled …</c> or <c>on DATE …</c>.</summary>
internal sealed record EventLine(
    TextSpan Span,
    DateSyntax Date,
    TimeSyntax? Time,
    string Kind,
    Identifier? KindWord,
    AmountSyntax? Amount,
    IReadOnlyList<AttributeSyntax> Attributes,
    Identifier? Label,
    Identifier? Reverses) : ScenarioLine(Span);

/// <summary><c>expect …</c>.</summary>
internal sealed record ExpectLine(TextSpan Span, ExpectedDecision Expectation) : ScenarioLine(Span);

/// <summary><c>09:30</c>.</summary>
internal sealed record TimeSyntax(TextSpan Span, int Hours, int Minutes);

/// <summary><c>1234.50 EUR</c>, <c>500 points</c>.</summary>
internal sealed record AmountSyntax(TextSpan Span, decimal Value, string? Unit);

/// <summary><c>channel "card"</c>, <c>referred.first_purchase 2026-01-05</c>.</summary>
internal sealed record AttributeSyntax(TextSpan Span, string Name, TextSpan NameSpan, ScenarioValue Value);
