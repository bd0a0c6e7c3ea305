namespace LoyaltyRules.Core.State;

/// <summary>An offer, gift or preferential rate the customer holds.</summary>
/// <param name="Kind">offer, gift or rate.</param>
/// <param name="Code">The offer code, the gift, or the product of a rate.</param>
/// <param name="DiscountBasisPoints">For a rate: the discount in basis points.</param>
/// <param name="GrantedOn">When it was granted.</param>
/// <param name="ValidUntil">The last day it is valid; null for no end.</param>
public sealed record Holding(string Kind, string Code, int DiscountBasisPoints, DateOnly GrantedOn, DateOnly? ValidUntil)
{
    /// <summary>An offer code.</summary>
    public const string Offer = "offer";
    /// <summary>A gift.</summary>
    public const string Gift = "gift";
    /// <summary>A preferential rate.</summary>
    public const string Rate = "rate";

    /// <summary>Whether it is valid on <paramref name="day"/>.</summary>
    public bool IsValidOn(DateOnly day) => day >= GrantedOn && (ValidUntil is null || day <= ValidUntil);
}
