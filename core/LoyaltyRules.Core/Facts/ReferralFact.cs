using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A referral the customer made.</summary>
public sealed class ReferralFact(ReferralMade referral, DateOnly date) : EventFact(referral, date)
{
    /// <summary>The referred customer's id.</summary>
    public string Referred { get; } = referral.ReferredCustomer;

    /// <summary>When the referred customer enrolled, when known.</summary>
    public DateOnly? ReferredEnrolledOn { get; } = referral.ReferredEnrolledOn;

    /// <summary>When the referred customer first purchased, when known.</summary>
    public DateOnly? ReferredFirstPurchase { get; } = referral.ReferredFirstPurchase;
}
