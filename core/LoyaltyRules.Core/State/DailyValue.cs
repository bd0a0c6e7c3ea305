namespace LoyaltyRules.Core.State;

/// <summary>One day's figure in a <see cref="DailySeries"/>.</summary>
public readonly record struct DailyValue(DateOnly Day, decimal Value);
