namespace LoyaltyRules.Core.State;

/// <summary>Points awarded but held back until <see cref="AvailableOn"/>.</summary>
public sealed record PendingPoints(DateOnly AvailableOn, long Points, string DecisionId);
