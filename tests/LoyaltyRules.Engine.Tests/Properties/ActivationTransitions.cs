using System.Collections;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// How a change moves an activation that still matches afterwards (same rule, alternative and facts):
/// <list type="bullet">
/// <item>pending stays pending;</item>
/// <item>fired, repeatable: pending again when the change is an update of a fact in the match (a
/// fact the match binds, or one inside a collected list) or when an aggregate result or binding of
/// the match changed; otherwise it stays fired — changes to facts the match does not hold (those of a
/// not or exists, an aggregate's inputs that leave its result as it was) do not make it due again;</item>
/// <item>fired, non-repeatable: stays fired, whatever changed, until the match disappears.</item>
/// </list>
/// Matches that are new are pending; matches that vanish are dropped, so a reappearance is new.
/// </summary>
internal static class ActivationTransitions
{
    /// <summary>The state after a change; <paramref name="updated"/> is the fact the change updated, null for an insert or retract.</summary>
    public static ActivationState Next(ModelEntry before, ReferenceMatch after, object? updated, FactUniverse universe)
    {
        if (before.State == ActivationState.Pending)
        {
            return ActivationState.Pending;
        }

        if (after.Rule.Repeatability == RuleRepeatability.NonRepeatable)
        {
            return ActivationState.Fired;
        }

        var updatedInMatch = updated is not null && HeldFacts(after).Any(f => ReferenceEquals(f, updated));
        var computedChanged = !string.Equals(
            MatchText.ComputedValuesOf(before.Match, universe),
            MatchText.ComputedValuesOf(after, universe),
            StringComparison.Ordinal);
        return updatedInMatch || computedChanged ? ActivationState.Pending : ActivationState.Fired;
    }

    /// <summary>The facts a match holds: those it binds, and those inside collected lists.</summary>
    private static IEnumerable<object> HeldFacts(ReferenceMatch match) =>
        match.Facts.Concat(match.Values.Where(v => !v.IsFact).Select(v => v.Value).OfType<IEnumerable>().SelectMany(items => items.Cast<object>()));
}
