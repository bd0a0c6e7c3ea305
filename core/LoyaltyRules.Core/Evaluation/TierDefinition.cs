using System.Linq.Expressions;
using LoyaltyRules.Core.Facts;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// A tier of the program. A customer is upgraded as soon as <see cref="Qualify"/> holds for a higher
/// tier; at a review a customer keeps the tier while <see cref="Keep"/> (or, without one,
/// <see cref="Qualify"/>) holds, and otherwise moves down to the highest tier they keep.
/// </summary>
public sealed class TierDefinition
{
    private readonly Func<CustomerFact, bool>? _qualify;
    private readonly Func<CustomerFact, bool>? _keep;

    /// <summary>A tier with its qualifying and keeping conditions (compiled here).</summary>
    public TierDefinition(string name, int level, Expression<Func<CustomerFact, bool>>? qualify, Expression<Func<CustomerFact, bool>>? keep)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Level = level;
        Qualify = qualify;
        Keep = keep;
        _qualify = qualify?.Compile();
        _keep = keep?.Compile();
    }

    /// <summary>The tier's name, as rules write it.</summary>
    public string Name { get; }

    /// <summary>0 for the first (default) tier, then upwards.</summary>
    public int Level { get; }

    /// <summary>When a customer reaches this tier; null for the default tier.</summary>
    public Expression<Func<CustomerFact, bool>>? Qualify { get; }

    /// <summary>When a customer keeps this tier at a review; null to use <see cref="Qualify"/>.</summary>
    public Expression<Func<CustomerFact, bool>>? Keep { get; }

    /// <summary>Whether the customer qualifies for the tier now (always true for the first tier).</summary>
    public bool Qualifies(CustomerFact customer) => _qualify?.Invoke(customer) ?? Level == 0;

    /// <summary>Whether the customer qualifies for the tier now (always true for the first tier).</summary>
    public bool Keeps(CustomerFact customer) => _keep?.Invoke(customer) ?? Qualifies(customer);

    /// <summary>The tier's name, as rules write it.</summary>
    public override string ToString() => Name;
}
