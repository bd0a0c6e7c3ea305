namespace LoyaltyRules.Host.Endpoints;

/// <summary>One dependency's health.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Description">What was seen, for example the PostgreSQL version or why it failed.</param>
internal sealed record HealthEntryResponse(string Status, string? Description);
