using System.Collections.Frozen;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.Facts;
using static LoyaltyRules.Core.Schema.AttributeDefinition;

namespace LoyaltyRules.Core.Schema;

/// <summary>
/// The fact schema, declared once: the customer's attributes and, for every kind of event, its
/// attributes and types. The rule language checks rules against it; the language reference lists it.
/// </summary>
public static class FactSchema
{
    /// <summary>The customer's attributes (<c>customer.tier</c>, <c>customer.tenure</c>, …).</summary>
    public static IReadOnlyList<AttributeDefinition> Customer { get; } =
    [
        Of<CustomerFact, string>("id", ValueKind.Text, "the customer's id", c => c.Id),
        Of<CustomerFact, int>("tier", ValueKind.Tier, "the current tier", c => c.Tier),
        Of<CustomerFact, DateOnly>("tier_since", ValueKind.Date, "when the customer reached the current tier", c => c.TierSince),
        Of<CustomerFact, long>("points", ValueKind.Points, "points available to spend", c => c.Points),
        Of<CustomerFact, long>("pending_points", ValueKind.Points, "points awarded but not yet available", c => c.PendingPoints),
        Of<CustomerFact, long>("lifetime_points", ValueKind.Points, "every point ever awarded", c => c.LifetimePoints),
        Of<CustomerFact, string>("segment", ValueKind.Text, "the segment the customer enrolled in", c => c.Segment),
        Of<CustomerFact, DateOnly>("enrolled_on", ValueKind.Date, "when the customer joined", c => c.EnrolledOn),
        Of<CustomerFact, DateOnly?>("birth_date", ValueKind.Date, "the birth date, when known", c => c.BirthDate),
        Of<CustomerFact, Duration>("tenure", ValueKind.Duration, "how long the customer has been in the program", c => c.Tenure),
        Of<CustomerFact, Duration?>("age", ValueKind.Duration, "the customer's age, when the birth date is known", c => c.Age),
        Of<CustomerFact, decimal>("lifetime_deposits", ValueKind.Money, "the sum of every deposit", c => c.LifetimeDeposits),
        Of<CustomerFact, decimal>("loan_balance", ValueKind.Money, "loan drawdowns less repayments", c => c.LoanBalance),
        Of<CustomerFact, int?>("last_nps", ValueKind.Number, "the last NPS answer (0 to 10), when there is one", c => c.LastNps),
        Of<CustomerFact, int?>("last_csat", ValueKind.Number, "the last CSAT answer (1 to 5), when there is one", c => c.LastCsat),
        Of<CustomerFact, int>("open_complaints", ValueKind.Number, "complaints filed and not yet resolved", c => c.OpenComplaints),
        Of<CustomerFact, IReadOnlySet<string>>("tags", ValueKind.TextSet, "the segments the customer was tagged with", c => c.Tags),
    ];

    /// <summary>Every kind of event, in the order the reference lists them.</summary>
    public static IReadOnlyList<EventKindDefinition> Kinds { get; } = BuildKinds();

    private static readonly FrozenDictionary<string, EventKindDefinition> ByName = Kinds.ToFrozenDictionary(k => k.Name, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, AttributeDefinition> CustomerByName = Customer.ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);

    /// <summary>The kind of this name, or null.</summary>
    public static EventKindDefinition? Kind(string name) => ByName.GetValueOrDefault(name);

    /// <summary>The customer attribute of this name, or null.</summary>
    public static AttributeDefinition? CustomerAttribute(string name) => CustomerByName.GetValueOrDefault(name);

    private static List<EventKindDefinition> BuildKinds()
    {
        var kinds = new List<EventKindDefinition>();
        foreach (var (kind, description) in new[]
        {
            (EventKinds.Purchase, "a purchase (card, online, in store)"),
            (EventKinds.Deposit, "money paid into an account"),
            (EventKinds.Withdrawal, "money taken out of an account"),
            (EventKinds.LoanApplication, "an application for a loan"),
            (EventKinds.LoanDrawdown, "money drawn on a loan"),
            (EventKinds.Repayment, "a loan repayment"),
            (EventKinds.Fee, "a fee charged"),
        })
        {
            var amount = Of<TransactionFact, decimal>("amount", ValueKind.Money, "the amount, in the transaction's currency", e => e.Amount);
            kinds.Add(new EventKindDefinition(kind, typeof(TransactionFact), description,
            [
                amount,
                Of<TransactionFact, string>("currency", ValueKind.Text, "the ISO 4217 currency code", e => e.Currency),
                OptionalText<TransactionFact>("channel", "how it was made: card, online, branch, …", e => e.Channel),
                OptionalText<TransactionFact>("category", "the merchant or product category", e => e.Category),
                OptionalText<TransactionFact>("product", "the banking product concerned", e => e.Product),
                OptionalText<TransactionFact>("merchant", "the merchant", e => e.Merchant),
                Date<TransactionFact>(),
            ], amount));
        }

        kinds.Add(new EventKindDefinition(EventKinds.Enrolment, typeof(EnrolmentFact), "the customer joined the program",
        [
            Of<EnrolmentFact, string>("segment", ValueKind.Text, "the segment the customer enrolled in", e => e.Segment),
            Of<EnrolmentFact, DateOnly?>("birth_date", ValueKind.Date, "the birth date, when given", e => e.BirthDate),
            Date<EnrolmentFact>(),
        ], null));

        var reversedAmount = Of<ReversalFact, decimal>("reversed_amount", ValueKind.Money, "the reversed transaction's amount", e => e.ReversedAmount);
        kinds.Add(new EventKindDefinition(EventKinds.Reversal, typeof(ReversalFact), "an earlier transaction was reversed",
        [
            Of<ReversalFact, string>("reversed_kind", ValueKind.Text, "the kind of the reversed transaction", e => e.ReversedKind),
            reversedAmount,
            OptionalText<ReversalFact>("reason", "why it was reversed, when given", e => e.Reason),
            Date<ReversalFact>(),
        ], reversedAmount));

        kinds.Add(new EventKindDefinition(EventKinds.Referral, typeof(ReferralFact), "the customer referred someone (recorded for the referrer)",
        [
            Of<ReferralFact, string>("referred", ValueKind.Text, "the referred customer's id", e => e.Referred),
            Of<ReferralFact, DateOnly?>("referred.enrolled_on", ValueKind.Date, "when the referred customer enrolled, when known", e => e.ReferredEnrolledOn),
            Of<ReferralFact, DateOnly?>("referred.first_purchase", ValueKind.Date, "when the referred customer first purchased, when known", e => e.ReferredFirstPurchase),
            Date<ReferralFact>(),
        ], null));

        kinds.Add(new EventKindDefinition(EventKinds.Survey, typeof(SurveyFact), "the customer answered a satisfaction survey",
        [
            Of<SurveyFact, int?>("nps", ValueKind.Number, "the NPS answer (0 to 10), when asked", e => e.Nps),
            Of<SurveyFact, int?>("csat", ValueKind.Number, "the CSAT answer (1 to 5), when asked", e => e.Csat),
            OptionalText<SurveyFact>("channel", "where the survey was answered", e => e.Channel),
            Date<SurveyFact>(),
        ], null));

        kinds.Add(new EventKindDefinition(EventKinds.Complaint, typeof(ComplaintFact), "the customer complained",
        [
            Of<ComplaintFact, string>("category", ValueKind.Text, "what the complaint is about", e => e.Category),
            Of<ComplaintFact, string>("severity", ValueKind.Text, "how serious it is (low, medium, high)", e => e.Severity),
            Date<ComplaintFact>(),
        ], null));

        kinds.Add(new EventKindDefinition(EventKinds.ComplaintResolved, typeof(ComplaintResolvedFact), "a complaint was resolved",
        [
            Of<ComplaintResolvedFact, string>("outcome", ValueKind.Text, "how it was resolved", e => e.Outcome),
            Date<ComplaintResolvedFact>(),
        ], null));

        var redeemed = Of<RedemptionFact, long>("points", ValueKind.Points, "the points spent", e => e.Points);
        kinds.Add(new EventKindDefinition(EventKinds.Redemption, typeof(RedemptionFact), "the customer spent points",
        [
            redeemed,
            Of<RedemptionFact, string>("reward", ValueKind.Text, "what they were spent on", e => e.Reward),
            Date<RedemptionFact>(),
        ], redeemed));

        kinds.Add(new EventKindDefinition(EventKinds.Sweep, typeof(SweepFact), "the daily time-based evaluation (birthdays, dormancy, expiry)",
        [
            Date<SweepFact>(),
        ], null));

        return kinds;
    }

    private static AttributeDefinition Date<TFact>()
        where TFact : EventFact =>
        Of<TFact, DateOnly>("date", ValueKind.Date, "the day it happened", e => e.Date);
}
