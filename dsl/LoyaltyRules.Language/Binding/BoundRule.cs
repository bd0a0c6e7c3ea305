using LoyaltyRules.Core;
using LoyaltyRules.Core.Schema;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>A checked rule.</summary>
/// <param name="Syntax">The rule as written.</param>
/// <param name="Name">Its name, unique in the program (a duplicate is renamed "name (line n)").</param>
/// <param name="Line">The line it starts on.</param>
/// <param name="Priority">Higher fires first.</param>
/// <param name="Description">What it is for.</param>
/// <param name="Tags">Its tags.</param>
/// <param name="Kind">The event kind it runs on (the sweep for a time-based rule).</param>
/// <param name="Conditions">Its conditions: each top-level 'and' part of its trigger, in order.</param>
/// <param name="EffectiveFrom">The first day it applies, if limited.</param>
/// <param name="EffectiveUntil">The last day it applies, if limited.</param>
/// <param name="Once">Its 'once' limit, if any.</param>
/// <param name="Actions">What it does, in order.</param>
internal sealed record BoundRule(
    RuleDeclarationSyntax Syntax,
    string Name,
    int Line,
    int Priority,
    string? Description,
    IReadOnlyList<string> Tags,
    EventKindDefinition Kind,
    IReadOnlyList<BoundCondition> Conditions,
    DateOnly? EffectiveFrom,
    DateOnly? EffectiveUntil,
    BoundOnce? Once,
    IReadOnlyList<BoundAction> Actions)
{
    /// <summary>True for a time-based rule (it runs on sweeps).</summary>
    public bool IsSweepRule => Kind.IsSweep;

    /// <summary>True when an action stops further rules.</summary>
    public bool Stops => Actions.Any(a => a is BoundStop);
}

/// <summary>One condition of a rule, with its text as written (the label explanations show).</summary>
internal sealed record BoundCondition(BoundExpression Expression, string Text, TextSpan Span);

/// <summary><c>once [per key] [per period]</c>.</summary>
internal sealed record BoundOnce(TextSpan Span, BoundExpression? Key, Period? Per, string Text);
