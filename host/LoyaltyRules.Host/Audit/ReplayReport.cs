using LoyaltyRules.Host.Endpoints;

namespace LoyaltyRules.Host.Audit;

/// <summary>A customer's history re-run: per input, the recorded decisions against the replayed ones.</summary>
/// <param name="CustomerId">The customer.</param>
/// <param name="Inputs">How many inputs were replayed.</param>
/// <param name="Diverged">How many gave other decisions than were recorded.</param>
/// <param name="Entries">Each input, in stream order.</param>
public sealed record ReplayReport(string CustomerId, int Inputs, int Diverged, IReadOnlyList<ReplayedInput> Entries)
{
    /// <summary>Whether every input gave back exactly its recorded decisions.</summary>
    public bool Identical => Diverged == 0;
}

/// <summary>One input re-run with the rule-set version that was active at its time.</summary>
/// <param name="EventId">The input's id in the stream.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="OccurredAt">When it happened.</param>
/// <param name="RecordedVersion">The rule-set version its recorded decisions name (null when it caused none).</param>
/// <param name="ReplayedVersion">The version active at its time, used by the replay.</param>
/// <param name="Identical">Whether the replay decided exactly what was recorded.</param>
/// <param name="Differences">What differs, one line each (empty when identical).</param>
/// <param name="Recorded">When it diverged: the decisions recorded, each with its fields in <c>data</c> (empty when identical: they are in the history).</param>
/// <param name="Replayed">When it diverged: the decisions the replay made instead (empty when identical).</param>
/// <param name="Decisions">How many decisions were recorded for it.</param>
public sealed record ReplayedInput(
    string EventId, string Kind, DateTimeOffset OccurredAt, string? RecordedVersion, string ReplayedVersion, bool Identical,
    IReadOnlyList<string> Differences, IReadOnlyList<DecisionResponse> Recorded, IReadOnlyList<DecisionResponse> Replayed, int Decisions);

/// <summary>One page of the replay of every customer.</summary>
/// <param name="Customers">Each customer's replay, in customer-id order.</param>
/// <param name="Next">The <c>after</c> cursor for the next page; null when this was the last.</param>
public sealed record ReplayPage(IReadOnlyList<ReplayReport> Customers, string? Next);
