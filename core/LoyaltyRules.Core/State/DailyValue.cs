namespace LoyaltyRules.Core.State;

/// <summary>One day's figure in a <see cref="DailySeries"/>.</summary>
public sealed record DailyValue(DateOnly Day, decimal Value);
