namespace LoyaltyRules.Language.Scenarios;

// A scenario file as parsed: a closed family of small immutable records (one file on purpose).

/// <summary>A scenario file: the rule file it tests (when it names one) and its scenarios.</summary>
/// <param name="Source">The file.</param>
/// <param name="RulesPath">The rule file named by a <c>rules "…"</c> line, relative to this file, or null.</param>
/// <param name="Scenarios">The scenarios, in order.</param>
/// <param name="Diagnostics">What is wrong with the file.</param>
public sealed record ScenarioFile(SourceText Source, string? RulesPath, IReadOnlyList<Scenario> Scenarios, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary><c>scenario "name"</c>, the customer's enrolment and the dated events, each with the decisions it must cause.</summary>
public sealed record Scenario(string Name, TextSpan Span, IReadOnlyList<ScenarioStep> Steps);

/// <summary>An input (<c>customer enrolled …</c> or <c>on DATE …</c>) and the decisions expected from it.</summary>
/// <param name="Span">The input's line.</param>
/// <param name="At">When it happens.</param>
/// <param name="Kind">The event kind (<c>enrolment</c> for the customer line).</param>
/// <param name="Amount">The amount (or points, for a redemption), when given.</param>
/// <param name="Currency">The amount's currency code, when given.</param>
/// <param name="Attributes">Attribute values by name (texts, numbers, dates).</param>
/// <param name="Label">The label after <c>as</c>, for a later <c>reversal of</c>.</param>
/// <param name="Reverses">For a reversal: the label of the reversed event.</param>
/// <param name="Expectations">The decisions it must cause; none means it must cause none.</param>
public sealed record ScenarioStep(
    TextSpan Span,
    DateTimeOffset At,
    string Kind,
    decimal? Amount,
    string? Currency,
    IReadOnlyDictionary<string, ScenarioValue> Attributes,
    string? Label,
    ScenarioValue? Reverses,
    IReadOnlyList<ExpectedDecision> Expectations);

/// <summary>A value written in a scenario, with where.</summary>
public sealed record ScenarioValue(object Value, TextSpan Span);

/// <summary>
/// <c>expect award 120 points by "rule"</c> and the like: a decision the step must cause. Unset parts
/// (rule, reason, dates) match anything.
/// </summary>
/// <param name="Span">The line.</param>
/// <param name="Kind">award, deduct, tier, review, rate, offer, gift, tag or notification.</param>
/// <param name="Number">Points, basis points.</param>
/// <param name="Text">The tier, product, code, gift, tag or notification.</param>
/// <param name="Rule">The rule that must have decided it.</param>
/// <param name="Reason">The reason it must carry.</param>
/// <param name="Until">The validity or availability date it must carry.</param>
/// <param name="Kept">For a review: whether the tier was kept.</param>
public sealed record ExpectedDecision(TextSpan Span, string Kind, decimal? Number, string? Text, string? Rule, string? Reason, DateOnly? Until, bool? Kept);
