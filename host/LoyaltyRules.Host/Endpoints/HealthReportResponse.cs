namespace LoyaltyRules.Host.Endpoints;

/// <summary>The body of <c>GET /health</c>.</summary>
/// <param name="Status">Healthy, Degraded or Unhealthy.</param>
/// <param name="Checks">Each dependency's own status.</param>
internal sealed record HealthReportResponse(string Status, IReadOnlyDictionary<string, HealthEntryResponse> Checks);
