namespace LoyaltyRules.Core.Events;

/// <summary>
/// Something that happened to a customer and is evaluated against the program: a transaction, an
/// enrolment, a survey answer, a sweep date. Its time is the only clock evaluation uses.
/// </summary>
public interface IInputEvent
{
    /// <summary>Identifies the input within its customer's stream; decisions name it as their cause.</summary>
    string InputId { get; }

    /// <summary>When it happened.</summary>
    DateTimeOffset OccurredAt { get; }
}
