using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>The built-in tier logic: reviews on sweeps, re-qualification after reversals, upgrades after every input.</summary>
internal static class Tiers
{
    public static void Qualify(EvaluationContext evaluation)
    {
        var tiers = evaluation.Program.Tiers;
        if (tiers.Count == 0)
        {
            return;
        }

        var settings = evaluation.Program.Settings;
        if (evaluation.Input is SweepEvaluated && settings.ReviewEvery is { } every)
        {
            Review(evaluation, every, settings.ReviewGrace);
        }

        if (evaluation.Input is TransactionReversed && settings.ReversalsRequalify)
        {
            var current = tiers[evaluation.State.TierLevel];
            if (!current.Keeps(evaluation.Customer))
            {
                MoveTo(evaluation, HighestKept(evaluation, current.Level), $"no longer qualifies for {current.Name} after a reversal", BuiltInRules.TierQualification);
            }
        }

        for (var level = tiers.Count - 1; level > evaluation.State.TierLevel; level--)
        {
            if (tiers[level].Qualifies(evaluation.Customer))
            {
                MoveTo(evaluation, level, $"qualified for {tiers[level].Name}", BuiltInRules.TierQualification);
                break;
            }
        }
    }

    /// <summary>At the end of a review period (plus grace): keep the tier or move down to the highest tier kept.</summary>
    private static void Review(EvaluationContext evaluation, Period every, Period grace)
    {
        var state = evaluation.State;
        var due = every.After(state.TierReviewedOn);
        if (state.TierLevel == 0 || grace.After(due) > evaluation.AsOf)
        {
            return;
        }

        var current = evaluation.Program.Tiers[state.TierLevel];
        var retained = current.Keeps(evaluation.Customer);
        evaluation.Record(new TierReviewed(
            evaluation.NextDecisionId(), BuiltInRules.TierReview, evaluation.RuleSetVersion, evaluation.Input.InputId, current.Name, retained));
        if (!retained)
        {
            MoveTo(evaluation, HighestKept(evaluation, current.Level), $"did not re-qualify for {current.Name} by {due:yyyy-MM-dd}", BuiltInRules.TierReview);
        }
    }

    private static int HighestKept(EvaluationContext evaluation, int below)
    {
        for (var level = below - 1; level > 0; level--)
        {
            if (evaluation.Program.Tiers[level].Keeps(evaluation.Customer))
            {
                return level;
            }
        }

        return 0;
    }

    private static void MoveTo(EvaluationContext evaluation, int level, string reason, string rule)
    {
        var program = evaluation.Program;
        var current = evaluation.State.TierLevel;
        evaluation.Record(new TierChanged(
            evaluation.NextDecisionId(), rule, evaluation.RuleSetVersion, evaluation.Input.InputId,
            program.TierName(current), program.TierName(level), current, level, reason));
    }
}
