using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A sweep: the time-based rules evaluated for a date.</summary>
public sealed class SweepFact(IInputEvent sweep, DateOnly date) : EventFact(sweep, date);
