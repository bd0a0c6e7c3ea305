using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Language.Scenarios;

/// <summary>Turns a scenario step into the input the evaluation pipeline takes.</summary>
internal static class ScenarioInputs
{
    public sealed record Built(IInputEvent? Input, IReadOnlyList<IDecision>? ReversedDecisions, string? Error);

    public static Built Build(ScenarioStep step, int index, IReadOnlyDictionary<string, (TransactionRecorded Input, IReadOnlyList<IDecision> Decisions)> labelled, string programCurrency)
    {
        var id = "e" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? Text(string name) => step.Attributes.TryGetValue(name, out var value) ? value.Value as string : null;
        DateOnly? Date(string name) => step.Attributes.TryGetValue(name, out var value) ? value.Value as DateOnly? : null;
        int? Whole(string name) => step.Attributes.TryGetValue(name, out var value) && value.Value is decimal d ? (int)Math.Clamp(d, int.MinValue, int.MaxValue) : null;

        switch (step.Kind)
        {
            case EventKinds.Enrolment:
                return new(new CustomerEnrolled(id, step.At, Date("birth_date"), Text("segment") ?? "", new Dictionary<string, string>()), null, null);
            case EventKinds.Sweep:
                return new(new SweepEvaluated(id, step.At, DateOnly.FromDateTime(step.At.UtcDateTime)), null, null);
            case EventKinds.Referral:
                return new(new ReferralMade(id, step.At, Text("referred") ?? "", Date("referred.enrolled_on"), Date("referred.first_purchase"), id), null, null);
            case EventKinds.Survey:
                return new(new SurveyAnswered(id, step.At, Whole("nps"), Whole("csat"), Text("channel"), id), null, null);
            case EventKinds.Complaint:
                return new(new ComplaintFiled(id, step.At, Text("id") ?? id, Text("category") ?? "", Text("severity") ?? "", id), null, null);
            case EventKinds.ComplaintResolved:
                return new(new ComplaintResolved(id, step.At, Text("id") ?? "", Text("outcome") ?? "", id), null, null);
            case EventKinds.Redemption:
                return new(new PointsRedeemed(id, step.At, (long)Math.Clamp(step.Amount ?? 0, 0, long.MaxValue), Text("reward") ?? "", id), null, null);
            case EventKinds.Reversal:
                var label = (string)step.Reverses!.Value;
                if (!labelled.TryGetValue(label, out var original))
                {
                    return new(null, null, $"'{label}' is not a transaction of this scenario: only transactions can be reversed");
                }

                var reversed = new TransactionReversed(id, step.At, original.Input.InputId, original.Input.Kind, original.Input.Amount, original.Input.OccurredAt, Text("reason"), id);
                return new(reversed, original.Decisions, null);
            default:
                var currency = step.Currency ?? (programCurrency.Length > 0 ? programCurrency : "EUR");
                return new(new TransactionRecorded(id, step.At, step.Kind, step.Amount ?? 0, currency, Text("channel"), Text("category"), Text("product"), Text("merchant"), id), null, null);
        }
    }
}
