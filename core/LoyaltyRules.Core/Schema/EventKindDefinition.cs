namespace LoyaltyRules.Core.Schema;

/// <summary>A kind of event rules can be triggered by, with its attributes.</summary>
/// <param name="Name">The name rules write (<c>purchase</c>, <c>loan_application</c>).</param>
/// <param name="FactType">The event fact class rules see for it.</param>
/// <param name="Description">What it is.</param>
/// <param name="Attributes">Its attributes, <c>date</c> included.</param>
/// <param name="Measure">The attribute rolling sums, averages and maxima add up (<c>amount</c> for transactions), or null when there is none.</param>
public sealed record EventKindDefinition(string Name, Type FactType, string Description, IReadOnlyList<AttributeDefinition> Attributes, AttributeDefinition? Measure)
{
    /// <summary>True for the transaction kinds (they share <c>TransactionFact</c> and are told apart by kind).</summary>
    public bool IsTransaction => FactType == typeof(Facts.TransactionFact);

    /// <summary>True for the sweep: the time-based evaluation, which has no activity to count.</summary>
    public bool IsSweep => Name == Events.EventKinds.Sweep;

    /// <summary>The attribute of this name, or null.</summary>
    public AttributeDefinition? Attribute(string name) => Attributes.FirstOrDefault(a => a.Name == name);
}
