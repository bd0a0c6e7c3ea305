using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.History;

/// <summary>The tier name reports show for a customer's state.</summary>
internal static class TierLabels
{
    /// <summary>Shown for a customer of a program without tiers.</summary>
    public const string NoTier = "(no tier)";

    /// <summary>
    /// The name of the last tier decision, or — before any — the name <paramref name="program"/> gives the
    /// state's level (its default tier); <see cref="NoTier"/> when the program has no tiers.
    /// </summary>
    public static string Of(CustomerState state, LoyaltyProgram? program) =>
        state.TierName ?? (program is { Tiers.Count: > 0 } ? program.TierName(state.TierLevel) : NoTier);

    /// <summary>
    /// The name <paramref name="program"/> gives <paramref name="level"/>; for a program without tiers,
    /// <paramref name="recordedName"/> when given, else <see cref="NoTier"/>.
    /// </summary>
    public static string OfLevel(int level, LoyaltyProgram? program, string? recordedName = null) =>
        program is { Tiers.Count: > 0 } ? program.TierName(level) : recordedName ?? NoTier;
}
