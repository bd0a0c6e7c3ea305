namespace LoyaltyRules.Core.State;

/// <summary>What a rule has done for a customer: when it last fired for each key, and the points it awarded per day (for caps).</summary>
public sealed class RuleRecord
{
    /// <summary>The last firing date per "once" key ("" when the rule has no key).</summary>
    public Dictionary<string, DateOnly> LastFired { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Points the rule awarded per day.</summary>
    public DailySeries PointsAwarded { get; set; } = new();

    /// <summary>A deep copy.</summary>
    public RuleRecord Clone() => new()
    {
        LastFired = new Dictionary<string, DateOnly>(LastFired, StringComparer.Ordinal),
        PointsAwarded = PointsAwarded.Clone(),
    };
}
