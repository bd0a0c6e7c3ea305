using System.Collections.Concurrent;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// A compiled rule set: the alpha and beta networks, shared read-only by every session. Fact-type
/// dispatch is cached per runtime type (copy-on-write, so reads take no lock).
/// </summary>
internal sealed class Network
{
    private readonly TypeNode[] _typeNodes;
    private readonly Lock _dispatchLock = new();
    private Dictionary<Type, TypeNode[]> _dispatch = [];

    public Network(RootNode root, BetaNode[] betaNodes, TypeNode[] typeNodes, int alphaMemoryCount, IReadOnlyList<CompiledRule> rules, NetworkStatistics statistics)
    {
        Root = root;
        BetaNodes = betaNodes;
        _typeNodes = typeNodes;
        AlphaMemoryCount = alphaMemoryCount;
        Rules = rules;
        RulesByName = rules.ToDictionary(r => r.Definition.Name, StringComparer.Ordinal);
        Statistics = statistics;
    }

    public RootNode Root { get; }

    /// <summary>Every beta node, by id.</summary>
    public BetaNode[] BetaNodes { get; }

    public int BetaNodeCount => BetaNodes.Length;

    public int AlphaMemoryCount { get; }

    public int TypeNodeCount => _typeNodes.Length;

    public IReadOnlyList<CompiledRule> Rules { get; }

    public IReadOnlyDictionary<string, CompiledRule> RulesByName { get; }

    public NetworkStatistics Statistics { get; }

    /// <summary>Explainers of conditions and aggregates, compiled on first use by a trace (shared by sessions).</summary>
    public ConcurrentDictionary<object, object> Explainers { get; } = new(ReferenceEqualityComparer.Instance);

    public ConditionExplainer ExplainerOf(System.Linq.Expressions.LambdaExpression expression) =>
        (ConditionExplainer)Explainers.GetOrAdd(expression, static e => new ConditionExplainer((System.Linq.Expressions.LambdaExpression)e));

    /// <summary>The type nodes a fact of <paramref name="type"/> enters: those of its type, base types and interfaces, in network order.</summary>
    public TypeNode[] TypeNodesFor(Type type)
    {
        if (_dispatch.TryGetValue(type, out var nodes))
        {
            return nodes;
        }

        lock (_dispatchLock)
        {
            if (!_dispatch.TryGetValue(type, out nodes))
            {
                nodes = [.. _typeNodes.Where(n => n.FactType.IsAssignableFrom(type))];
                _dispatch = new Dictionary<Type, TypeNode[]>(_dispatch) { [type] = nodes };
            }

            return nodes;
        }
    }
}
