using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>The reversal of an earlier transaction.</summary>
public sealed class ReversalFact(TransactionReversed reversed, DateOnly date) : EventFact(reversed, date)
{
    /// <summary>The kind of the reversed transaction.</summary>
    public string ReversedKind { get; } = reversed.ReversedKind;

    /// <summary>Its amount.</summary>
    public decimal ReversedAmount { get; } = reversed.ReversedAmount;

    /// <summary>Why it was reversed, when given.</summary>
    public string? Reason { get; } = reversed.Reason;
}
