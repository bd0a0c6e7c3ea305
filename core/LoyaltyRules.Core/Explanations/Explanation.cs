using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Explanations;

/// <summary>Why a decision was made, in a sentence and in detail.</summary>
/// <param name="DecisionId">The decision.</param>
/// <param name="Decision">The decision as recorded.</param>
/// <param name="RuleSetVersion">The rule-set version that made it.</param>
/// <param name="Rule">The rule that made it (or the program's built-in behaviour).</param>
/// <param name="Sentence">The explanation a person reads, for example "Awarded 120 points by 'Card spend earns 1 point per 10' (rule set v7, line 12) because …".</param>
/// <param name="Matched">The facts the rule matched, as it saw them when it fired.</param>
/// <param name="Conditions">Each condition with the values it saw when the rule fired.</param>
/// <param name="Reproduced">Whether evaluating the input again with that version gives this decision back (false means the record and the rules disagree: replay shows where).</param>
public sealed record DecisionExplanation(
    string DecisionId,
    IDecision Decision,
    string RuleSetVersion,
    ExplainedRule Rule,
    string Sentence,
    IReadOnlyList<ExplainedFact> Matched,
    IReadOnlyList<ExplainedCondition> Conditions,
    bool Reproduced);

/// <summary>Why a rule did not fire for an input (or that it did).</summary>
/// <param name="Rule">The rule.</param>
/// <param name="RuleSetVersion">The rule-set version the input was evaluated with.</param>
/// <param name="Fired">True when the rule did fire for the input (then there is no failed condition).</param>
/// <param name="Sentence">The answer in a sentence.</param>
/// <param name="FailedCondition">The first condition, in the order written, that did not hold; null when the rule fired, runs on another kind of input, or all its conditions held.</param>
/// <param name="Conditions">Every condition with whether it held and the values it saw at the end of the evaluation (empty when the rule runs on another kind of input).</param>
public sealed record RuleMissExplanation(
    ExplainedRule Rule,
    string RuleSetVersion,
    bool Fired,
    string Sentence,
    ExplainedCondition? FailedCondition,
    IReadOnlyList<ExplainedCondition> Conditions);

/// <summary>A rule, or the program's built-in behaviour, and where it is written.</summary>
/// <param name="Name">The rule's name, or the built-in behaviour (<c>tier qualification</c>, <c>reversal</c> …).</param>
/// <param name="BuiltIn">True for the program's built-in behaviour (tiers, reversals, expiry).</param>
/// <param name="Description">The rule's description, if it has one.</param>
/// <param name="File">The rule file (null when unknown).</param>
/// <param name="Line">The line it is written on (null when unknown).</param>
public sealed record ExplainedRule(string Name, bool BuiltIn, string? Description, string? File, int? Line)
{
    /// <summary><c>file:line</c>, or null when unknown.</summary>
    public string? Location => File is null || Line is null ? null : $"{File}:{Line}";
}

/// <summary>A fact a rule matched.</summary>
/// <param name="Name">What the rule calls it (<c>customer</c>, <c>purchase</c> …).</param>
/// <param name="Description">The fact as it was when the rule fired.</param>
public sealed record ExplainedFact(string Name, string Description);

/// <summary>One condition and what it saw.</summary>
/// <param name="Text">The condition as written.</param>
/// <param name="Held">Whether it held.</param>
/// <param name="Values">The values it read, in the program's terms.</param>
public sealed record ExplainedCondition(string Text, bool Held, IReadOnlyList<ExplainedValue> Values)
{
    /// <summary>For example <c>amount &gt;= card_threshold (amount = 1,200 EUR, card_threshold = 10 EUR)</c>.</summary>
    public override string ToString() => Values.Count == 0 ? Text : $"{Text} ({string.Join(", ", Values)})";
}

/// <summary>A value a condition read.</summary>
/// <param name="Expression">How the rule file writes it.</param>
/// <param name="Value">What it was, in the program's terms.</param>
public sealed record ExplainedValue(string Expression, string Value)
{
    /// <inheritdoc />
    public override string ToString() => $"{Expression} = {Value}";
}
