using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.State;

/// <summary>How each input and decision changes the state. The Marten projection and evaluation both use this.</summary>
public sealed partial class CustomerState
{
    /// <summary>Applies one event of the customer's stream. Decisions are dated by their input, applied just before them.</summary>
    public void ApplyEvent(object @event)
    {
        ArgumentNullException.ThrowIfNull(@event);
        switch (@event)
        {
            case IInputEvent input:
                ApplyInput(input);
                break;
            case IDecision decision:
                ApplyDecision(decision);
                break;
            default:
                throw new ArgumentException($"A customer stream holds no {@event.GetType().Name}.", nameof(@event));
        }

        Version++;
    }

    private void ApplyInput(IInputEvent input)
    {
        var day = input is SweepEvaluated sweep ? sweep.Date : DayOf(input.OccurredAt);
        Touch(day);
        var kind = EventKinds.Of(input);
        switch (input)
        {
            case CustomerEnrolled enrolled:
                Enrolled = true;
                EnrolledOn = day;
                BirthDate = enrolled.BirthDate;
                Segment = enrolled.Segment;
                Attributes = new Dictionary<string, string>(enrolled.Attributes, StringComparer.Ordinal);
                TierSince = day;
                TierReviewedOn = day;
                Record(kind, day, 0);
                break;
            case TransactionRecorded transaction:
                Record(kind, day, transaction.Amount);
                Balance(transaction.Kind, transaction.Amount);
                break;
            case TransactionReversed reversed:
                var original = DayOf(reversed.ReversedOccurredAt);
                if (original >= Horizon.Before(day) && Activity.TryGetValue(reversed.ReversedKind, out var activity))
                {
                    activity.Unrecord(original, reversed.ReversedAmount);
                }

                Balance(reversed.ReversedKind, -reversed.ReversedAmount);
                Record(kind, day, reversed.ReversedAmount);
                break;
            case SurveyAnswered survey:
                LastNps = survey.Nps ?? LastNps;
                LastCsat = survey.Csat ?? LastCsat;
                Record(kind, day, survey.Nps ?? 0);
                break;
            case ComplaintFiled complaint:
                OpenComplaints.Add(complaint.ComplaintId);
                Record(kind, day, 0);
                break;
            case ComplaintResolved resolved:
                OpenComplaints.Remove(resolved.ComplaintId);
                Record(kind, day, 0);
                break;
            case PointsRedeemed redeemed:
                Debit(redeemed.Points);
                Record(kind, day, redeemed.Points);
                break;
            case SweepEvaluated:
                LastSweep = day;
                Holdings.RemoveAll(h => h.ValidUntil < day);
                break;
            default:
                Record(kind, day, 0);
                break;
        }
    }

    private void ApplyDecision(IDecision decision)
    {
        var day = LastActivity;
        if (decision is PointsDeducted { EarnedOn: { } earnedOn } unearned)
        {
            Unearn(earnedOn, unearned.Points);
        }

        switch (decision)
        {
            case PointsAwarded awarded:
                LifetimePoints += awarded.Points;
                PointsEarned.Add(day, awarded.Points);
                RuleRecordFor(awarded.Rule).PointsAwarded.Add(day, awarded.Points);
                if (awarded.AvailableOn is { } availableOn && availableOn > day)
                {
                    Pending.Add(new PendingPoints(availableOn, awarded.Points, awarded.DecisionId));
                }
                else
                {
                    Credit(day, awarded.Points);
                }

                break;
            case PointsDeducted { PendingDecisionId: { } pendingId } deducted:
                var pending = Pending.FindIndex(p => p.DecisionId == pendingId);
                if (pending >= 0)
                {
                    var left = Pending[pending].Points - deducted.Points;
                    if (left > 0)
                    {
                        Pending[pending] = Pending[pending] with { Points = left };
                    }
                    else
                    {
                        Pending.RemoveAt(pending);
                    }
                }

                break;
            case PointsDeducted deducted:
                Debit(deducted.Points);
                break;
            case TierReviewed { Retained: true }:
                TierReviewedOn = day;
                break;
            case TierChanged changed:
                TierLevel = changed.ToLevel;
                TierName = changed.To;
                TierSince = day;
                TierReviewedOn = day;
                break;
            case RateOffered rate:
                Holdings.RemoveAll(h => h.Kind == Holding.Rate && h.Code == rate.Product);
                Holdings.Add(new Holding(Holding.Rate, rate.Product, rate.DiscountBasisPoints, day, rate.ValidUntil));
                break;
            case OfferGranted offer:
                Holdings.Add(new Holding(Holding.Offer, offer.Code, 0, day, offer.ValidUntil));
                break;
            case GiftGranted gift:
                Holdings.Add(new Holding(Holding.Gift, gift.Gift, 0, day, gift.ValidUntil));
                break;
            case SegmentTagged tagged:
                Tags.Add(tagged.Segment);
                break;
            case RuleFired fired:
                RuleRecordFor(fired.Rule).LastFired[fired.Key] = day;
                break;
            default:
                break;
        }
    }

    /// <summary>Moves the clock to <paramref name="day"/>: pending points come due, old daily figures fall off the horizon.</summary>
    private void Touch(DateOnly day)
    {
        LastActivity = day;
        for (var i = 0; i < Pending.Count; i++)
        {
            if (Pending[i].AvailableOn <= day)
            {
                Credit(Pending[i].AvailableOn, Pending[i].Points);
                Pending.RemoveAt(i--);
            }
        }

        var oldest = Horizon.Before(day);
        PointsEarned.DropBefore(oldest);
        foreach (var activity in Activity.Values)
        {
            activity.DropBefore(oldest);
        }

        foreach (var rule in Rules.Values)
        {
            rule.PointsAwarded.DropBefore(oldest);
        }
    }

    private void Record(string kind, DateOnly day, decimal amount)
    {
        if (!Activity.TryGetValue(kind, out var activity))
        {
            activity = new KindActivity();
            Activity[kind] = activity;
        }

        activity.Record(day, amount);
    }

    private void Balance(string kind, decimal amount)
    {
        switch (kind)
        {
            case EventKinds.Deposit:
                LifetimeDeposits += amount;
                break;
            case EventKinds.LoanDrawdown:
                LoanBalance += amount;
                break;
            case EventKinds.Repayment:
                LoanBalance -= amount;
                break;
            default:
                break;
        }
    }

    private void Credit(DateOnly day, long points)
    {
        AvailablePoints += points;
        var month = new DateOnly(day.Year, day.Month, 1);
        if (Lots.Count > 0 && Lots[^1].Month == month)
        {
            Lots[^1] = Lots[^1] with { Points = Lots[^1].Points + points };
        }
        else
        {
            Lots.Add(new PointLot(month, points));
        }
    }

    /// <summary>Takes back points that were awarded on <paramref name="day"/> and turned out not to be earned (a reversal).</summary>
    private void Unearn(DateOnly day, long points)
    {
        LifetimePoints -= points;
        if (day >= Horizon.Before(LastActivity))
        {
            PointsEarned.Add(day, -points);
        }
    }

    /// <summary>Takes points from the oldest lots first; the balance may go negative (a reversal of spent points).</summary>
    private void Debit(long points)
    {
        AvailablePoints -= points;
        var left = points;
        while (left > 0 && Lots.Count > 0)
        {
            var taken = Math.Min(left, Lots[0].Points);
            left -= taken;
            if (taken == Lots[0].Points)
            {
                Lots.RemoveAt(0);
            }
            else
            {
                Lots[0] = Lots[0] with { Points = Lots[0].Points - taken };
            }
        }
    }

    private RuleRecord RuleRecordFor(string rule)
    {
        if (!Rules.TryGetValue(rule, out var record))
        {
            record = new RuleRecord();
            Rules[rule] = record;
        }

        return record;
    }
}
