using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>The customer's enrolment.</summary>
public sealed class EnrolmentFact(CustomerEnrolled enrolled, DateOnly date) : EventFact(enrolled, date)
{
    /// <summary>The segment the customer enrolled in.</summary>
    public string Segment { get; } = enrolled.Segment;

    /// <summary>The birth date, when given.</summary>
    public DateOnly? BirthDate { get; } = enrolled.BirthDate;
}
