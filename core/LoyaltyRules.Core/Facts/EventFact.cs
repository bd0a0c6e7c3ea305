using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Core.Facts;

/// <summary>The input being evaluated, as rules see it. One subclass per kind of input.</summary>
public abstract class EventFact
{
    private protected EventFact(IInputEvent input, DateOnly date)
    {
        InputId = input.InputId;
        Kind = EventKinds.Of(input);
        OccurredAt = input.OccurredAt;
        Date = date;
    }

    /// <summary>The input's id.</summary>
    public string InputId { get; }

    /// <summary>The kind, as rules name it (<see cref="EventKinds"/>).</summary>
    public string Kind { get; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset OccurredAt { get; }

    /// <summary>The day it happened (the sweep's date for a sweep).</summary>
    public DateOnly Date { get; }

    /// <summary>The fact for an input.</summary>
    public static EventFact For(IInputEvent input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var date = input is SweepEvaluated sweep ? sweep.Date : CustomerState.DayOf(input.OccurredAt);
        return input switch
        {
            TransactionRecorded transaction => new TransactionFact(transaction, date),
            CustomerEnrolled enrolled => new EnrolmentFact(enrolled, date),
            TransactionReversed reversed => new ReversalFact(reversed, date),
            ReferralMade referral => new ReferralFact(referral, date),
            SurveyAnswered survey => new SurveyFact(survey, date),
            ComplaintFiled complaint => new ComplaintFact(complaint, date),
            Events.ComplaintResolved resolved => new ComplaintResolvedFact(resolved, date),
            PointsRedeemed redeemed => new RedemptionFact(redeemed, date),
            SweepEvaluated => new SweepFact(input, date),
            _ => throw new ArgumentException($"Unknown input {input.GetType().Name}.", nameof(input)),
        };
    }

    /// <inheritdoc />
    public override string ToString() => $"{Kind} {InputId} on {Date:yyyy-MM-dd}";
}
