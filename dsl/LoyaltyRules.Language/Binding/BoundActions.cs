using LoyaltyRules.Core;
using LoyaltyRules.Core.Evaluation;

namespace LoyaltyRules.Language.Binding;

// The checked actions: a closed family of small immutable records (one file on purpose).

/// <summary>A checked action.</summary>
internal abstract record BoundAction(TextSpan Span);

/// <summary>Award or deduct points.</summary>
internal sealed record BoundAward(TextSpan Span, bool Deduct, BoundExpression Points, BoundExpression? Reason, Period? Pending, BoundExpression? Cap, Period? CapPeriod) : BoundAction(Span);

/// <summary>Multiply the points awarded so far for this event.</summary>
internal sealed record BoundMultiply(TextSpan Span, BoundExpression Factor, BoundExpression? Reason) : BoundAction(Span);

/// <summary>Move the customer's tier.</summary>
internal sealed record BoundTierChange(TextSpan Span, int Level, TierDirection Direction) : BoundAction(Span);

/// <summary>Offer a preferential rate.</summary>
internal sealed record BoundOfferRate(TextSpan Span, BoundExpression Discount, BoundExpression Product, Period ValidFor) : BoundAction(Span);

/// <summary>Grant an offer code or a gift.</summary>
internal sealed record BoundGrant(TextSpan Span, bool Gift, BoundExpression Code, Period? ValidFor) : BoundAction(Span);

/// <summary>Tag the customer with a segment.</summary>
internal sealed record BoundTag(TextSpan Span, BoundExpression Segment) : BoundAction(Span);

/// <summary>Emit a notification.</summary>
internal sealed record BoundNotify(TextSpan Span, BoundExpression Template) : BoundAction(Span);

/// <summary>Stop further rules for this event.</summary>
internal sealed record BoundStop(TextSpan Span) : BoundAction(Span);
