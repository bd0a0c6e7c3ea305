using System.Text.Json;
using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Evaluation;
using LoyaltyRules.Language.Scenarios;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>Enrols a customer.</summary>
/// <param name="CustomerId">The id client systems use for the customer (1–100 characters: letters, digits, '-', '_', '.', ':').</param>
/// <param name="EnrolledAt">When the customer joined.</param>
/// <param name="BirthDate">For birthday rules.</param>
/// <param name="Segment">The segment the customer joins in (retail, business…).</param>
/// <param name="Attributes">Free-form attributes.</param>
public sealed record EnrolmentRequest(string? CustomerId, DateTimeOffset? EnrolledAt, DateOnly? BirthDate, string? Segment, Dictionary<string, string>? Attributes);

/// <summary>
/// An input for a customer. <c>kind</c> is a transaction kind (purchase, deposit, withdrawal,
/// loan_application, loan_drawdown, repayment, fee) or referral, survey, complaint, complaint_resolved;
/// the fields each kind needs are listed in the API guide.
/// </summary>
public sealed record EventRequest(
    string? Kind,
    DateTimeOffset? OccurredAt,
    string? IdempotencyKey,
    decimal? Amount,
    string? Currency,
    string? Channel,
    string? Category,
    string? Product,
    string? Merchant,
    string? ReferredCustomer,
    DateOnly? ReferredEnrolledOn,
    DateOnly? ReferredFirstPurchase,
    int? Nps,
    int? Csat,
    string? ComplaintId,
    string? Severity,
    string? Outcome);

/// <summary>Reverses a recorded transaction.</summary>
public sealed record ReversalRequest(DateTimeOffset? OccurredAt, string? Reason, string? IdempotencyKey);

/// <summary>Spends points.</summary>
public sealed record RedemptionRequest(long? Points, string? Reward, DateTimeOffset? OccurredAt, string? IdempotencyKey);

/// <summary>One decision: who decided what, why, and the decision's own fields in <c>data</c>.</summary>
public sealed record DecisionResponse(string Id, string Type, string Rule, string RuleSetVersion, string CausedBy, string Summary, JsonElement Data)
{
    /// <summary>The response for a decision.</summary>
    public static DecisionResponse From(IDecision decision) =>
        new(decision.DecisionId, decision.GetType().Name, decision.Rule, decision.RuleSetVersion, decision.CausedBy,
            DecisionText.Describe(decision), JsonSerializer.SerializeToElement(decision, decision.GetType(), JsonSerializerOptions.Web));
}

/// <summary>What recording an input decided.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="EventId">The input's id in the customer's stream (use it to reverse a transaction).</param>
/// <param name="Kind">The input's kind.</param>
/// <param name="RuleSetVersion">The rule-set version it was evaluated with.</param>
/// <param name="Duplicate">True when the idempotency key had been recorded before: these are the original decisions.</param>
/// <param name="Decisions">The decisions, in order.</param>
public sealed record RecordedResponse(string CustomerId, string EventId, string Kind, string RuleSetVersion, bool Duplicate, IReadOnlyList<DecisionResponse> Decisions)
{
    /// <summary>The response for an outcome.</summary>
    public static RecordedResponse From(RecordOutcome outcome) =>
        new(outcome.CustomerId, outcome.Input.InputId, EventKinds.Of(outcome.Input), outcome.RuleSetVersion, outcome.Duplicate, [.. outcome.Decisions.Select(DecisionResponse.From)]);
}

/// <summary>A customer's loyalty state as of its latest input.</summary>
public sealed record CustomerResponse(
    string CustomerId,
    DateOnly EnrolledOn,
    string Segment,
    long AvailablePoints,
    long PendingPoints,
    long LifetimePoints,
    string? Tier,
    int TierLevel,
    DateOnly TierSince,
    IReadOnlyList<HoldingResponse> Offers,
    IReadOnlyList<HoldingResponse> Rates,
    IReadOnlyList<HoldingResponse> Gifts,
    IReadOnlyList<string> Segments,
    DateOnly LastActivity,
    long Version)
{
    /// <summary>The response for a state: holdings still valid on its latest activity day.</summary>
    public static CustomerResponse From(CustomerState state)
    {
        IReadOnlyList<HoldingResponse> Valid(string kind) =>
            [.. state.Holdings.Where(h => h.Kind == kind && h.IsValidOn(state.LastActivity)).Select(h => new HoldingResponse(h.Code, h.DiscountBasisPoints, h.GrantedOn, h.ValidUntil))];
        return new(state.Id, state.EnrolledOn, state.Segment, state.AvailablePoints, state.PendingPointsTotal, state.LifetimePoints,
            state.TierName, state.TierLevel, state.TierSince, Valid(Holding.Offer), Valid(Holding.Rate), Valid(Holding.Gift), [.. state.Tags], state.LastActivity, state.Version);
    }
}

/// <summary>An offer, gift or preferential rate the customer holds.</summary>
/// <param name="Code">The offer code, the gift, or the rate's product.</param>
/// <param name="DiscountBasisPoints">For a rate: the discount in basis points (0 otherwise).</param>
/// <param name="GrantedOn">When it was granted.</param>
/// <param name="ValidUntil">The last day it is valid (null: no end).</param>
public sealed record HoldingResponse(string Code, int DiscountBasisPoints, DateOnly GrantedOn, DateOnly? ValidUntil);

/// <summary>One event of a customer's stream.</summary>
public sealed record StreamEventResponse(long Version, string Type, DateTimeOffset RecordedAt, JsonElement Data);

/// <summary>A page of a customer's stream, oldest first.</summary>
public sealed record EventPageResponse(string CustomerId, int Page, int PageSize, long TotalEvents, IReadOnlyList<StreamEventResponse> Events);
