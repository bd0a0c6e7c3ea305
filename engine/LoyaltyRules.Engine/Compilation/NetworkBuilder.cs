using System.Linq.Expressions;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Compilation;

/// <summary>
/// Compiles validated rule definitions into a network. Each or-alternative becomes a chain of beta
/// nodes ending in a terminal. Single-fact conditions become shared selection nodes (and hash
/// dispatch for many constants); joins with the same parent, alpha memory and conditions are shared.
/// </summary>
internal sealed class NetworkBuilder(IReadOnlyList<RuleDefinition> definitions)
{
    private readonly RootNode _root = new();
    private readonly List<BetaNode> _betaNodes = [];
    private readonly List<TypeNode> _typeNodes = [];
    private readonly Dictionary<Type, TypeNode> _typeNodeByType = [];
    private readonly Dictionary<AlphaNode, Dictionary<ExpressionKey, SelectionNode>> _selections = [];
    private readonly List<AlphaMemoryNode> _alphaMemories = [];
    private readonly Dictionary<(BetaNode Parent, AlphaMemoryNode Right), List<(ExpressionKey[] Keys, JoinNode Node)>> _joins = [];
    private readonly BetaNodeCounts _counts = new();

    public ISessionFactory Build()
    {
        _betaNodes.Add(_root);
        var rules = new List<CompiledRule>(definitions.Count);
        for (var i = 0; i < definitions.Count; i++)
        {
            rules.Add(Compile(definitions[i], i));
        }

        var dispatchNodes = 0;
        foreach (var typeNode in _typeNodes)
        {
            FreezeAlpha(typeNode, ref dispatchNodes);
        }

        foreach (var node in _betaNodes)
        {
            node.Freeze();
        }

        foreach (var terminal in _betaNodes.OfType<TerminalNode>())
        {
            terminal.Fused = terminal.LeftParent is JoinNode or BindingNode or CountingNode && terminal.LeftParent.Children.Length == 1;
            if (terminal.Fused)
            {
                terminal.LeftParent!.FusedTerminal = terminal;
            }
        }

        foreach (var memory in _alphaMemories)
        {
            memory.Successors = [.. memory.BuildingSuccessors.OrderByDescending(n => n.OutputDepth)];
        }

        foreach (var typeNode in _typeNodes)
        {
            typeNode.AllMemoriesSleep = _alphaMemories.Where(m => m.TypeNode == typeNode).All(m => m.CanSleep);
        }

        var statistics = new NetworkStatistics(
            rules.Count, _counts.Alternatives, _typeNodes.Count, _counts.Selections, dispatchNodes, _alphaMemories.Count,
            _counts.Joins, _counts.HashedJoins, _counts.Nots, _counts.Exists, _counts.Aggregates, _counts.Bindings);
        return new SessionFactory(new Network(_root, [.. _betaNodes], [.. _typeNodes], _alphaMemories.Count, rules, statistics));
    }

    private CompiledRule Compile(RuleDefinition definition, int index)
    {
        var rule = new CompiledRule(definition, index);
        try
        {
            var alternatives = LeftHandSideExpansion.Expand(definition.LeftHandSide);
            for (var alternative = 0; alternative < alternatives.Count; alternative++)
            {
                BuildAlternative(rule, alternative, alternatives[alternative]);
            }
        }
        catch (Exception ex) when (ex is not RuleEngineException and not OutOfMemoryException)
        {
            throw new RuleCompilationException(ex.Message, definition.Name, ex);
        }

        return rule;
    }

    private void BuildAlternative(CompiledRule rule, int alternative, IReadOnlyList<RuleElement> elements)
    {
        BetaNode current = _root;
        var depth = 0;
        var depths = new DeclarationDepths();
        var values = new List<(Declaration, int)>();
        var traced = new List<TracedCondition>();
        var filters = new List<FilterElement>();
        foreach (var element in elements)
        {
            switch (element)
            {
                case PatternElement { Source: null } pattern:
                    current = AddJoin(rule, current, depth, pattern, depths, traced);
                    depth += 1;
                    Declare(pattern.Declaration, depth, depths, values);
                    break;
                case PatternElement { Source: { } aggregate } pattern:
                    current = AddAggregate(rule, current, depth, pattern, aggregate, depths, traced);
                    depth += 2;
                    Declare(pattern.Declaration, depth, depths, values);
                    break;
                case NotElement not:
                    current = AddCounting(rule, current, depth, not.Source, depths, traced, exists: false);
                    depth += 1;
                    break;
                case ExistsElement exists:
                    current = AddCounting(rule, current, depth, exists.Source, depths, traced, exists: true);
                    depth += 1;
                    break;
                case BindingElement binding:
                    current = AddBinding(rule, current, depth, binding, depths);
                    depth += 1;
                    Declare(binding.Declaration, depth, depths, values);
                    break;
                case FilterElement filter:
                    filters.Add(filter);
                    traced.Add(new TracedCondition("filter", filter.ToString(), filter.Expression));
                    break;
                default:
                    throw new InvalidOperationException($"A {element.ElementType} element cannot stand in a left-hand side.");
            }
        }

        var layout = new BranchLayout(values, depth, depths, traced);
        var terminal = new TerminalNode(_betaNodes.Count, current, rule, alternative, layout, new FilterSet(filters, depths, depth))
        {
            Actions = new ActionSet(rule, rule.Definition.RightHandSide.Actions, depths, depth),
        };
        Register(terminal, current, rule);
        rule.Terminals.Add(terminal);
        _counts.Alternatives++;
    }

    private static void Declare(Declaration declaration, int depth, DeclarationDepths depths, List<(Declaration, int)> values)
    {
        depths.Add(declaration.Name, depth);
        values.Add((declaration, depth));
    }

    private JoinNode AddJoin(CompiledRule rule, BetaNode parent, int depth, PatternElement pattern, DeclarationDepths depths, List<TracedCondition> traced)
    {
        var name = pattern.Declaration.Name;
        var (alpha, join) = Split(pattern.Conditions, name);
        var memory = BuildAlpha(pattern.Declaration.Type, alpha, rule);
        foreach (var condition in pattern.Conditions)
        {
            traced.Add(new TracedCondition(name, condition.ToString(), condition.Expression));
        }

        var keys = join.Select(c => new ExpressionKey(c, p => p.Name == name ? -1 : depths[p.Name!])).ToArray();
        if (!_joins.TryGetValue((parent, memory), out var siblings))
        {
            siblings = [];
            _joins[(parent, memory)] = siblings;
        }

        foreach (var (existingKeys, existing) in siblings)
        {
            if (existingKeys.SequenceEqual(keys))
            {
                existing.Rules.Add(rule.Definition.Name);
                return existing;
            }
        }

        var tests = BuildTests(join, depths, depth, name, hashing: true);
        var node = new JoinNode(_betaNodes.Count, parent, depth + 1, memory, tests);
        Register(node, parent, rule);
        memory.BuildingSuccessors.Add(node);
        siblings.Add((keys, node));
        _counts.Joins++;
        if (tests.Hashing is not null)
        {
            _counts.HashedJoins++;
        }

        return node;
    }

    private CountingNode AddCounting(CompiledRule rule, BetaNode parent, int depth, PatternElement source, DeclarationDepths depths, List<TracedCondition> traced, bool exists)
    {
        var name = source.Declaration.Name;
        var (alpha, join) = Split(source.Conditions, name);
        var memory = BuildAlpha(source.Declaration.Type, alpha, rule);
        var tests = BuildTests(join, depths, depth, name, hashing: false);
        CountingNode node = exists
            ? new ExistsNode(_betaNodes.Count, parent, depth + 1, memory, tests)
            : new NotNode(_betaNodes.Count, parent, depth + 1, memory, tests);
        Register(node, parent, rule);
        memory.BuildingSuccessors.Add(node);
        if (exists)
        {
            _counts.Exists++;
        }
        else
        {
            _counts.Nots++;
        }

        var where = source.Conditions.Count == 0 ? "" : " where " + string.Join(" and ", source.Conditions);
        traced.Add(new TracedCondition(
            (exists ? "exists " : "not ") + name,
            $"{(exists ? "some" : "no")} {source.Declaration.Type.Name} {name}{where}",
            null));
        return node;
    }

    private AggregateNode AddAggregate(CompiledRule rule, BetaNode parent, int depth, PatternElement pattern, AggregateElement aggregate, DeclarationDepths depths, List<TracedCondition> traced)
    {
        var source = aggregate.Source;
        var (alpha, join) = Split(source.Conditions, source.Declaration.Name);
        var memory = BuildAlpha(source.Declaration.Type, alpha, rule);
        var tests = BuildTests(join, depths, depth, source.Declaration.Name, hashing: false);
        var resultTests = BuildTests([.. pattern.Conditions.Select(c => c.Expression)], depths, depth, pattern.Declaration.Name, hashing: false);
        var node = new AggregateNode(_betaNodes.Count, parent, depth + 2, memory, tests, AggregatorFactories.Create(aggregate), aggregate.Selector, resultTests);
        Register(node, parent, rule);
        memory.BuildingSuccessors.Add(node);
        _counts.Aggregates++;

        var where = source.Conditions.Count == 0 ? "" : " where " + string.Join(" and ", source.Conditions);
        var of = aggregate.Selector is null ? "" : $" {aggregate.Selector}";
        traced.Add(new TracedCondition(pattern.Declaration.Name, $"{pattern.Declaration.Name} = {aggregate.Kind}{of} over {source.Declaration.Type.Name} {source.Declaration.Name}{where}", null));
        foreach (var condition in pattern.Conditions)
        {
            traced.Add(new TracedCondition(pattern.Declaration.Name, condition.ToString(), condition.Expression));
        }

        return node;
    }

    private BindingNode AddBinding(CompiledRule rule, BetaNode parent, int depth, BindingElement binding, DeclarationDepths depths)
    {
        var node = new BindingNode(_betaNodes.Count, parent, depth + 1, binding.Expression, () => ExpressionRewriter.CompileTupleFunc<object?>(binding.Expression, depths, depth));
        Register(node, parent, rule);
        _counts.Bindings++;
        return node;
    }

    private static JoinTests BuildTests(IReadOnlyList<LambdaExpression> conditions, DeclarationDepths depths, int leftDepth, string rightName, bool hashing)
    {
        var equalities = new List<(LambdaExpression, Expression, Expression)>();
        var residual = new List<LambdaExpression>();
        foreach (var condition in conditions)
        {
            if (hashing && equalities.Count < JoinHashingFactory.MaxKeyParts && EqualityAnalysis.TryJoin(condition, rightName) is { } sides)
            {
                equalities.Add((condition, sides.Left, sides.Right));
            }
            else
            {
                residual.Add(condition);
            }
        }

        var hashed = equalities.Count > 0 ? JoinHashingFactory.Build(equalities, depths, leftDepth) : null;
        return new JoinTests(residual, c => ExpressionRewriter.CompileTupleTest(c, depths, leftDepth, rightName), hashed);
    }

    /// <summary>Conditions on the pattern's own fact only (alpha) and the rest (join).</summary>
    private static (List<ConditionElement> Alpha, List<LambdaExpression> Join) Split(IReadOnlyList<ConditionElement> conditions, string name)
    {
        var alpha = new List<ConditionElement>();
        var join = new List<LambdaExpression>();
        foreach (var condition in conditions)
        {
            if (condition.Expression.Parameters.All(p => p.Name == name))
            {
                alpha.Add(condition);
            }
            else
            {
                join.Add(condition.Expression);
            }
        }

        return (alpha, join);
    }

    private AlphaMemoryNode BuildAlpha(Type type, List<ConditionElement> conditions, CompiledRule rule)
    {
        if (!_typeNodeByType.TryGetValue(type, out var typeNode))
        {
            typeNode = new TypeNode(type, _typeNodes.Count);
            _typeNodeByType[type] = typeNode;
            _typeNodes.Add(typeNode);
        }

        AlphaNode node = typeNode;
        var path = new List<SelectionNode>();
        foreach (var condition in conditions)
        {
            if (!_selections.TryGetValue(node, out var children))
            {
                children = [];
                _selections[node] = children;
            }

            var key = new ExpressionKey(condition.Expression, _ => 0);
            if (!children.TryGetValue(key, out var selection))
            {
                selection = new SelectionNode(condition.Expression, new NodeRules()) { Equality = EqualityAnalysis.TryAlpha(condition.Expression) };
                children[key] = selection;
                node.BuildingChildren.Add(selection);
                _counts.Selections++;
            }

            selection.Rules.Add(rule.Definition.Name);
            node = selection;
            path.Add(selection);
        }

        if (node.Memory is null)
        {
            node.Memory = new AlphaMemoryNode(_alphaMemories.Count, typeNode, [.. path]);
            _alphaMemories.Add(node.Memory);
        }

        return node.Memory;
    }

    private void Register(BetaNode node, BetaNode parent, CompiledRule rule)
    {
        _betaNodes.Add(node);
        parent.BuildingChildren.Add(node);
        node.Rules.Add(rule.Definition.Name);
    }

    private static void FreezeAlpha(AlphaNode node, ref int dispatchNodes)
    {
        var children = node.BuildingChildren.ToList();
        foreach (var child in children)
        {
            FreezeAlpha(child, ref dispatchNodes);
        }

        node.Freeze(AlphaHashing.Apply(children, ref dispatchNodes));
    }

    private sealed class BetaNodeCounts
    {
        public int Alternatives;
        public int Selections;
        public int Joins;
        public int HashedJoins;
        public int Nots;
        public int Exists;
        public int Aggregates;
        public int Bindings;
    }
}
