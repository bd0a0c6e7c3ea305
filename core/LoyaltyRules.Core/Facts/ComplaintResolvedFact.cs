using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A complaint's resolution.</summary>
public sealed class ComplaintResolvedFact(ComplaintResolved resolved, DateOnly date) : EventFact(resolved, date)
{
    /// <summary>How it was resolved.</summary>
    public string Outcome { get; } = resolved.Outcome;
}
