namespace LoyaltyRules.Host.RuleSets;

/// <summary>
/// The rule-set stream read into memory (it holds a few hundred events at most): the stored versions
/// and the activation timeline. Immutable; a newer stream version gives a new history.
/// </summary>
public sealed class RuleSetHistory
{
    /// <summary>The empty history (nothing stored).</summary>
    public static readonly RuleSetHistory Empty = new(0, [], []);

    /// <summary>Builds a history from the stream's events, in stream order.</summary>
    public RuleSetHistory(long streamVersion, IReadOnlyList<RuleSetStored> versions, IReadOnlyList<RuleSetActivated> activations)
    {
        StreamVersion = streamVersion;
        Versions = versions;
        Activations = activations;
    }

    /// <summary>The rule-set stream's version this history reflects.</summary>
    public long StreamVersion { get; }

    /// <summary>Every stored version, oldest first (number n at index n-1).</summary>
    public IReadOnlyList<RuleSetStored> Versions { get; }

    /// <summary>Every activation in the order they were made.</summary>
    public IReadOnlyList<RuleSetActivated> Activations { get; }

    /// <summary>The history with more events of the stream appended.</summary>
    public RuleSetHistory With(long streamVersion, IEnumerable<object> events)
    {
        var versions = Versions.ToList();
        var activations = Activations.ToList();
        foreach (var @event in events)
        {
            switch (@event)
            {
                case RuleSetStored stored:
                    versions.Add(stored);
                    break;
                case RuleSetActivated activated:
                    activations.Add(activated);
                    break;
            }
        }

        return new RuleSetHistory(streamVersion, versions, activations);
    }

    /// <summary>A stored version by number, or null.</summary>
    public RuleSetStored? Version(int number) => number >= 1 && number <= Versions.Count ? Versions[number - 1] : null;

    /// <summary>A stored version with the same text, or null.</summary>
    public RuleSetStored? WithHash(string contentHash) => Versions.FirstOrDefault(v => v.ContentHash == contentHash);

    /// <summary>
    /// The activation in force at <paramref name="instant"/>: of those effective by then, the one with
    /// the latest effective time, and of those effective at the same time the one made last. Null when none.
    /// </summary>
    public RuleSetActivated? ActiveAt(DateTimeOffset instant)
    {
        RuleSetActivated? active = null;
        foreach (var activation in Activations)
        {
            if (activation.EffectiveFrom <= instant && (active is null || activation.EffectiveFrom >= active.EffectiveFrom))
            {
                active = activation;
            }
        }

        return active;
    }

    /// <summary>The stored version in force at <paramref name="instant"/> (see <see cref="ActiveAt"/>), or null when none was.</summary>
    public RuleSetStored? VersionAt(DateTimeOffset instant) => ActiveAt(instant) is { } activation ? Version(activation.Number) : null;
}
