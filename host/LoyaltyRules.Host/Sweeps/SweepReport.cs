namespace LoyaltyRules.Host.Sweeps;

/// <summary>What a sweep did.</summary>
/// <param name="Date">The date it evaluated the time-based rules for.</param>
/// <param name="Candidates">Customers it evaluated (enrolled, not already swept for the date).</param>
/// <param name="Affected">Customers for whom it decided something (their streams got the sweep and its decisions).</param>
/// <param name="Decisions">Decisions recorded in all.</param>
/// <param name="Failures">Customers whose evaluation failed, with why (the others are unaffected; running the date again retries them).</param>
public sealed record SweepReport(DateOnly Date, int Candidates, int Affected, int Decisions, IReadOnlyList<SweepFailure> Failures);

/// <summary>A customer the sweep could not evaluate.</summary>
public sealed record SweepFailure(string CustomerId, string Reason);
