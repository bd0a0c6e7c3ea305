using LoyaltyRules.Core.Events;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Host.Simulations;

/// <summary>What one side of a simulation decided over the period.</summary>
internal sealed class Tally
{
    private readonly Dictionary<GrantKey, int> _grants = [];
    private long _points;
    private int _decisions;

    /// <summary>Counts one input's decisions.</summary>
    public void Add(IReadOnlyList<IDecision> decisions)
    {
        _decisions += decisions.Count;
        foreach (var decision in decisions)
        {
            if (decision is PointsAwarded awarded)
            {
                _points += awarded.Points;
            }
            else if (GrantKey.Of(decision) is { } grant)
            {
                _grants[grant] = _grants.GetValueOrDefault(grant) + 1;
            }
        }
    }

    /// <summary>The side's outcome with <paramref name="state"/> at the period's end, its tier named <paramref name="tier"/>.</summary>
    public SideOutcome Outcome(CustomerState state, string tier) =>
        new(state.AvailablePoints + state.PendingPointsTotal, tier, state.TierLevel, _points, _decisions, _grants);
}
