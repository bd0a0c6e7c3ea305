namespace LoyaltyRules.Core.Events;

/// <summary>The customer joined the program.</summary>
public sealed record CustomerEnrolled(
    string InputId,
    DateTimeOffset OccurredAt,
    DateOnly? BirthDate,
    string Segment,
    IReadOnlyDictionary<string, string> Attributes) : IInputEvent;

/// <summary>
/// A purchase, deposit, withdrawal, loan application or drawdown, repayment or fee
/// (<see cref="EventKinds.Transactions"/>). The idempotency key makes a retried post harmless.
/// </summary>
public sealed record TransactionRecorded(
    string InputId,
    DateTimeOffset OccurredAt,
    string Kind,
    decimal Amount,
    string Currency,
    string? Channel,
    string? Category,
    string? Product,
    string? Merchant,
    string IdempotencyKey) : IInputEvent;

/// <summary>
/// An earlier transaction was reversed. Carries what the reversed transaction was, so that its
/// effect on rolling figures can be taken back without reading history.
/// </summary>
public sealed record TransactionReversed(
    string InputId,
    DateTimeOffset OccurredAt,
    string ReversedInputId,
    string ReversedKind,
    decimal ReversedAmount,
    DateTimeOffset ReversedOccurredAt,
    string? Reason,
    string IdempotencyKey) : IInputEvent;

/// <summary>The customer referred someone; recorded in the referrer's stream.</summary>
public sealed record ReferralMade(
    string InputId,
    DateTimeOffset OccurredAt,
    string ReferredCustomer,
    DateOnly? ReferredEnrolledOn,
    DateOnly? ReferredFirstPurchase,
    string IdempotencyKey) : IInputEvent;

/// <summary>The customer answered a satisfaction survey (NPS 0–10, CSAT 1–5).</summary>
public sealed record SurveyAnswered(
    string InputId,
    DateTimeOffset OccurredAt,
    int? Nps,
    int? Csat,
    string? Channel,
    string IdempotencyKey) : IInputEvent;

/// <summary>The customer complained.</summary>
public sealed record ComplaintFiled(
    string InputId,
    DateTimeOffset OccurredAt,
    string ComplaintId,
    string Category,
    string Severity,
    string IdempotencyKey) : IInputEvent;

/// <summary>A complaint was resolved.</summary>
public sealed record ComplaintResolved(
    string InputId,
    DateTimeOffset OccurredAt,
    string ComplaintId,
    string Outcome,
    string IdempotencyKey) : IInputEvent;

/// <summary>The customer spent points.</summary>
public sealed record PointsRedeemed(
    string InputId,
    DateTimeOffset OccurredAt,
    long Points,
    string Reward,
    string IdempotencyKey) : IInputEvent;

/// <summary>The time-based rules were evaluated for this customer as of <see cref="Date"/>.</summary>
public sealed record SweepEvaluated(
    string InputId,
    DateTimeOffset OccurredAt,
    DateOnly Date) : IInputEvent;
