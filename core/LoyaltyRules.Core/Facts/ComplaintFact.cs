using LoyaltyRules.Core.Events;

namespace LoyaltyRules.Core.Facts;

/// <summary>A complaint.</summary>
public sealed class ComplaintFact(ComplaintFiled complaint, DateOnly date) : EventFact(complaint, date)
{
    /// <summary>What the complaint is about.</summary>
    public string Category { get; } = complaint.Category;

    /// <summary>How serious it is (for example low, medium, high).</summary>
    public string Severity { get; } = complaint.Severity;
}
