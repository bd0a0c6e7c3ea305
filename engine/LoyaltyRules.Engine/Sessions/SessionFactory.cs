using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>The compiled rule set; creates sessions from pooled cores.</summary>
internal sealed class SessionFactory(Network network) : ISessionFactory
{
    private readonly SessionPool _pool = new();

    public IReadOnlyList<RuleDefinition> Rules { get; } = [.. network.Rules.Select(r => r.Definition)];

    public NetworkStatistics Network => network.Statistics;

    public ISession CreateSession(SessionOptions? options = null)
    {
        var core = _pool.TryRent() ?? new SessionCore(network);
        var session = new Session(this, core);
        core.Begin(options ?? SessionOptions.Default);
        return session;
    }

    /// <summary>Takes a session's core back: reset now (dropping every reference to its facts), reused later.</summary>
    internal void Return(SessionCore core)
    {
        if (core.IsOversized)
        {
            return;
        }

        core.Reset();
        _pool.Return(core);
    }
}
