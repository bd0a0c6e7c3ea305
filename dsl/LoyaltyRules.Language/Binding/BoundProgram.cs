using LoyaltyRules.Core.Evaluation;

namespace LoyaltyRules.Language.Binding;

/// <summary>A checked program: settings, tiers and rules with every name resolved and every type checked.</summary>
internal sealed record BoundProgram(
    SourceText Source,
    string Name,
    string? Currency,
    ProgramSettings Settings,
    IReadOnlyList<BoundTier> Tiers,
    IReadOnlyList<BoundRule> Rules);

/// <summary>A tier: its level, and when a customer reaches and keeps it (null: the default tier, or keep as reached).</summary>
internal sealed record BoundTier(string Name, int Level, TextSpan Span, BoundExpression? Qualify, BoundExpression? Keep);
