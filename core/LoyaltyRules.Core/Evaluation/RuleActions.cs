using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Facts;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// What a rule's actions do, called from the compiled rules. Each records a decision (applying it to
/// the customer at once), tells the engine the customer changed (so rules that depend on points or
/// tier see it: forward chaining) and emits the decision.
/// </summary>
public static class RuleActions
{
    /// <summary>The most points one decision can carry: larger figures (a rule gone wrong) are capped here rather than overflow.</summary>
    public const long MaxPointsPerDecision = 1_000_000_000_000;

    /// <summary>Awards points: whole points (fractions are dropped), none when zero or less.</summary>
    /// <param name="context">The firing rule's context.</param>
    /// <param name="customer">The customer.</param>
    /// <param name="points">The points (fractions dropped).</param>
    /// <param name="reason">Why, for the customer's statement.</param>
    /// <param name="pendingFor">Hold the points back this long; null to make them available at once.</param>
    /// <param name="cap">At most this many points from this rule per <paramref name="capPeriod"/>; null for no cap.</param>
    /// <param name="capPeriod">The period of the cap.</param>
    public static void Award(IContext context, CustomerFact customer, decimal points, string reason, Period? pendingFor, decimal? cap, Period? capPeriod)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(customer);
        var whole = Whole(points);
        if (cap is { } limit && capPeriod is { } period)
        {
            whole = Math.Min(whole, Whole(limit) - customer.PointsAwardedBy(context.Rule.Name, period));
        }

        if (whole <= 0)
        {
            return;
        }

        var evaluation = customer.Evaluation;
        evaluation.PointsAwardedByRules += whole;
        Decide(context, customer, new PointsAwarded(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId,
            whole, reason, pendingFor?.After(evaluation.AsOf)));
    }

    /// <summary>Multiplies the points rules awarded so far for this input by <paramref name="factor"/> (awarding the extra).</summary>
    public static void Multiply(IContext context, CustomerFact customer, decimal factor, string reason)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var extra = Whole(customer.Evaluation.PointsAwardedByRules * Math.Clamp(factor - 1, -1, MaxPointsPerDecision));
        if (extra <= 0)
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new PointsAwarded(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId, extra, reason, null));
    }

    /// <summary>Deducts points (whole points; none when zero or less).</summary>
    public static void Deduct(IContext context, CustomerFact customer, decimal points, string reason)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var whole = Whole(points);
        if (whole <= 0)
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new PointsDeducted(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId, whole, reason));
    }

    /// <summary>
    /// Moves the customer to tier <paramref name="level"/>: with <paramref name="direction"/> up only
    /// when higher, down only when lower, set whenever different.
    /// </summary>
    public static void ChangeTier(IContext context, CustomerFact customer, int level, TierDirection direction)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(customer);
        var current = customer.Tier;
        var moves = direction switch
        {
            TierDirection.Up => level > current,
            TierDirection.Down => level < current,
            _ => level != current,
        };
        if (moves)
        {
            var evaluation = customer.Evaluation;
            var program = evaluation.Program;
            Decide(context, customer, new TierChanged(
                evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId,
                program.TierName(current), program.TierName(level), current, level, "rule " + context.Rule.Name));
        }
    }

    /// <summary>Offers a preferential rate: <paramref name="basisPoints"/> off the product's rate, valid for <paramref name="validFor"/>.</summary>
    public static void OfferRate(IContext context, CustomerFact customer, string? product, decimal basisPoints, Period validFor)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrEmpty(product) || basisPoints <= 0)
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new RateOffered(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId,
            product, (int)Math.Round(basisPoints, MidpointRounding.AwayFromZero), validFor.After(evaluation.AsOf)));
    }

    /// <summary>Grants an offer code, valid for <paramref name="validFor"/> (or open-ended).</summary>
    public static void GrantOffer(IContext context, CustomerFact customer, string? code, Period? validFor)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrEmpty(code))
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new OfferGranted(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId,
            code, validFor?.After(evaluation.AsOf)));
    }

    /// <summary>Grants a gift, valid for <paramref name="validFor"/> (or open-ended).</summary>
    public static void GrantGift(IContext context, CustomerFact customer, string? gift, Period? validFor)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrEmpty(gift))
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new GiftGranted(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId,
            gift, validFor?.After(evaluation.AsOf)));
    }

    /// <summary>Tags the customer with a segment (nothing when already tagged).</summary>
    public static void Tag(IContext context, CustomerFact customer, string? segment)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrEmpty(segment) || customer.HasTag(segment))
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new SegmentTagged(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId, segment));
    }

    /// <summary>Emits a notification for the customer-facing systems.</summary>
    public static void Notify(IContext context, CustomerFact customer, string? template)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (string.IsNullOrEmpty(template))
        {
            return;
        }

        var evaluation = customer.Evaluation;
        Decide(context, customer, new NotificationEmitted(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId, template));
    }

    /// <summary>Records that a rule limited to once per <paramref name="key"/> fired.</summary>
    public static void MarkFired(IContext context, CustomerFact customer, string key)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var evaluation = customer.Evaluation;
        Decide(context, customer, new RuleFired(
            evaluation.NextDecisionId(), context.Rule.Name, evaluation.RuleSetVersion, evaluation.Input.InputId, key));
    }

    /// <summary>No rule fires after this one for this input (tier qualification still runs).</summary>
    public static void Stop(IContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Halt();
    }

    /// <summary>Whole points, fractions dropped, within ±<see cref="MaxPointsPerDecision"/>.</summary>
    private static long Whole(decimal points) => (long)Math.Floor(Math.Clamp(points, -MaxPointsPerDecision, MaxPointsPerDecision));

    private static void Decide(IContext context, CustomerFact customer, IDecision decision)
    {
        ArgumentNullException.ThrowIfNull(context);
        customer.Evaluation.Record(decision);
        context.Update(customer);
        context.Emit(decision);
    }
}
