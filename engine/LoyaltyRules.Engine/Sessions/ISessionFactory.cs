using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>
/// A compiled rule set. Build it once (it is immutable and thread-safe) and create a session per
/// evaluation; sessions reuse pooled memory, so creating one is cheap.
/// </summary>
public interface ISessionFactory
{
    /// <summary>The rules, in declaration order.</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The shape of the compiled network.</summary>
    NetworkStatistics Network { get; }

    /// <summary>A new, empty session.</summary>
    ISession CreateSession(SessionOptions? options = null);
}
