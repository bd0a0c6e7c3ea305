using System.Globalization;
using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>On a sweep: points earned in a month expire the configured time after that month ends.</summary>
internal static class PointsExpiry
{
    public static void Apply(EvaluationContext evaluation)
    {
        if (evaluation.Program.Settings.PointsExpireAfter is not { } after)
        {
            return;
        }

        foreach (var lot in evaluation.State.Lots.ToArray())
        {
            var lastDay = lot.Month.AddMonths(1).AddDays(-1);
            if (after.After(lastDay) >= evaluation.AsOf || lot.Points <= 0)
            {
                break;
            }

            evaluation.Record(new PointsDeducted(
                evaluation.NextDecisionId(), BuiltInRules.PointsExpiry, evaluation.RuleSetVersion, evaluation.Input.InputId,
                lot.Points, "expired: earned in " + lot.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
        }
    }
}
