namespace LoyaltyRules.Host.Storage;

/// <summary>
/// Where an input and its decisions sit in the customer's stream, written in the same transaction
/// as they are. Found by idempotency key (a retried post returns the original decisions) or by
/// input id (a reversal takes back exactly what the input caused): an index look-up and a ranged
/// read of the stream, whatever the stream's length.
/// </summary>
public sealed class RecordedInput
{
    /// <summary><c>customer/input id</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The customer (the stream id).</summary>
    public string CustomerId { get; set; } = "";

    /// <summary>The input's id in the stream (its stream version).</summary>
    public string InputId { get; set; } = "";

    /// <summary>The key the client sent with the input.</summary>
    public string IdempotencyKey { get; set; } = "";

    /// <summary>The input's kind (purchase, enrolment, sweep…).</summary>
    public string Kind { get; set; } = "";

    /// <summary>When the input happened.</summary>
    public DateTimeOffset OccurredAt { get; set; }

    /// <summary>The rule-set version it was evaluated with.</summary>
    public string RuleSetVersion { get; set; } = "";

    /// <summary>The stream version of the input event.</summary>
    public long FromVersion { get; set; }

    /// <summary>The stream version of its last decision (<see cref="FromVersion"/> when it caused none).</summary>
    public long ToVersion { get; set; }

    /// <summary>
    /// The request that wrote the record. A request whose commit failed to answer (the connection
    /// broke while committing) tries again and finds its key taken: by this it knows the record is
    /// its own, and answers as the first post it is, not as a repeat.
    /// </summary>
    public Guid WrittenBy { get; set; }

    /// <summary>Set when a later input reversed this one.</summary>
    public string? ReversedBy { get; set; }

    /// <summary>The document id for an input of a customer.</summary>
    public static string IdFor(string customerId, string inputId) => customerId + "/" + inputId;
}
