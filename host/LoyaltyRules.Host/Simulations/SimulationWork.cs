using LoyaltyRules.Core.Evaluation;
using LoyaltyRules.Host.History;

namespace LoyaltyRules.Host.Simulations;

/// <summary>A simulation accepted and waiting to run: its job's id and what to simulate (the draft already compiled).</summary>
/// <param name="JobId">The job document's id.</param>
/// <param name="Period">The period.</param>
/// <param name="Sample">How many customers to sample; null for all.</param>
/// <param name="Top">How many most-affected customers to list.</param>
/// <param name="Draft">The draft's description.</param>
/// <param name="Program">The draft, compiled.</param>
internal sealed record SimulationWork(string JobId, ReportingPeriod Period, int? Sample, int Top, DraftDescription Draft, LoyaltyProgram Program);
