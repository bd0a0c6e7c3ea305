using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.Simulations;

/// <summary>What was granted: an offer code, a gift, or a preferential rate on a product.</summary>
/// <param name="Kind"><c>offer</c>, <c>gift</c> or <c>rate</c>.</param>
/// <param name="Code">The offer code, the gift, or the rate's product.</param>
internal readonly record struct GrantKey(string Kind, string Code)
{
    /// <summary>The grant a decision makes, or null for a decision that grants nothing.</summary>
    public static GrantKey? Of(IDecision decision) => decision switch
    {
        OfferGranted offer => new GrantKey(Holding.Offer, offer.Code),
        GiftGranted gift => new GrantKey(Holding.Gift, gift.Gift),
        RateOffered rate => new GrantKey(Holding.Rate, rate.Product),
        _ => null,
    };
}
