using LoyaltyRules.Engine.Aggregation;
using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.Engine.Rete;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// Explains why a rule does not match working memory: tries every alternative against the facts
/// directly (outside the network, so it explains what the network decided rather than repeating it)
/// and reports the furthest any alternative got and what stopped it there.
/// </summary>
internal sealed class WhyNotAnalyzer
{
    private readonly Network _network;
    private readonly List<Fact> _facts;
    private readonly Dictionary<string, object?> _bound = new(StringComparer.Ordinal);
    private readonly List<MatchedValue> _partial = [];
    private IReadOnlyList<RuleElement> _elements = [];
    private Miss? _best;

    private WhyNotAnalyzer(Network network, List<Fact> facts)
    {
        _network = network;
        _facts = facts;
    }

    public static RuleMiss Explain(Network network, CompiledRule rule, IEnumerable<Fact> facts)
    {
        var analyzer = new WhyNotAnalyzer(network, [.. facts]);
        foreach (var alternative in LeftHandSideExpansion.Expand(rule.Definition.LeftHandSide))
        {
            analyzer._elements = alternative;
            analyzer._bound.Clear();
            analyzer._partial.Clear();
            if (analyzer.Match(0))
            {
                return new RuleMiss(rule.Definition, "it matches working memory now and is due to fire", null, [.. analyzer._partial]);
            }
        }

        var best = analyzer._best!;
        return new RuleMiss(rule.Definition, best.Reason, best.Condition, best.Partial);
    }

    private bool Match(int index)
    {
        if (index == _elements.Count)
        {
            return Filters(index);
        }

        switch (_elements[index])
        {
            case PatternElement { Source: null } pattern:
                return MatchFacts(index, pattern);
            case PatternElement { Source: { } aggregate } pattern:
                return MatchAggregate(index, pattern, aggregate);
            case NotElement not:
                var blocker = FirstMatching(not.Source);
                return blocker is null
                    ? Match(index + 1)
                    : Fail(index, $"a {not.Source.Declaration.Type.Name} matches although none may: {blocker}", null);
            case ExistsElement exists:
                return FirstMatching(exists.Source) is not null
                    ? Match(index + 1)
                    : Fail(index, $"no {exists.Source.Declaration.Type.Name} {Where(exists.Source)}", null);
            case BindingElement binding:
                _bound[binding.Declaration.Name] = _network.ExplainerOf(binding.Expression).Evaluate(Lookup);
                return Bind(index, binding.Declaration, _bound[binding.Declaration.Name]);
            default:
                return Match(index + 1);
        }
    }

    private bool MatchFacts(int index, PatternElement pattern)
    {
        var type = pattern.Declaration.Type;
        var candidates = _facts.Where(f => type.IsInstanceOfType(f.Object)).ToList();
        if (candidates.Count == 0)
        {
            return Fail(index, $"there is no {type.Name} in working memory", null);
        }

        foreach (var candidate in candidates)
        {
            if (Candidate(index, pattern, candidate.Object, $"{type.Name} {candidate.Object}"))
            {
                return true;
            }
        }

        return false;
    }

    private bool MatchAggregate(int index, PatternElement pattern, AggregateElement aggregate)
    {
        var source = aggregate.Source;
        var aggregator = ((AggregatorFactory)_network.Explainers.GetOrAdd(aggregate, static a => AggregatorFactories.Create((AggregateElement)a))).Create();
        foreach (var fact in _facts)
        {
            if (source.Declaration.Type.IsInstanceOfType(fact.Object) && Holds(source, fact.Object))
            {
                aggregator.Add(fact);
            }
        }

        var results = new List<AggregateResult>();
        aggregator.Results(results);
        if (results.Count == 0)
        {
            return Fail(index, $"{aggregate.Kind} over {source.Declaration.Type.Name} {Where(source)} has no result: nothing matches", null);
        }

        foreach (var result in results)
        {
            if (Candidate(index, pattern, result.Value, $"{pattern.Declaration.Name} = {TraceText.Of(result.Value)}"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Binds a candidate value to the pattern, checks its conditions in order, and goes on when they hold.</summary>
    private bool Candidate(int index, PatternElement pattern, object? value, string described)
    {
        var name = pattern.Declaration.Name;
        _bound[name] = value;
        foreach (var condition in pattern.Conditions)
        {
            var outcome = _network.ExplainerOf(condition.Expression).Explain(name, condition.ToString(), Lookup);
            if (!outcome.Result)
            {
                Fail(index, $"{described}: {outcome}", outcome);
                _bound.Remove(name);
                return false;
            }
        }

        var matched = Bind(index, pattern.Declaration, value);
        _bound.Remove(name);
        return matched;
    }

    private bool Bind(int index, Declaration declaration, object? value)
    {
        _partial.Add(new MatchedValue(declaration, value));
        if (Match(index + 1))
        {
            return true;
        }

        _partial.RemoveAt(_partial.Count - 1);
        return false;
    }

    private bool Filters(int index)
    {
        foreach (var filter in _elements.OfType<FilterElement>())
        {
            var outcome = _network.ExplainerOf(filter.Expression).Explain("filter", filter.ToString(), Lookup);
            if (!outcome.Result)
            {
                return Fail(index, $"the filter failed: {outcome}", outcome);
            }
        }

        return true;
    }

    private object? FirstMatching(PatternElement source) =>
        _facts.FirstOrDefault(f => source.Declaration.Type.IsInstanceOfType(f.Object) && Holds(source, f.Object))?.Object;

    private bool Holds(PatternElement source, object value)
    {
        var name = source.Declaration.Name;
        _bound[name] = value;
        var holds = source.Conditions.All(c => _network.ExplainerOf(c.Expression).Evaluate(Lookup) is true);
        _bound.Remove(name);
        return holds;
    }

    private object? Lookup(string name) => _bound.GetValueOrDefault(name);

    private static string Where(PatternElement pattern) =>
        pattern.Conditions.Count == 0 ? pattern.Declaration.Name : $"{pattern.Declaration.Name} where {string.Join(" and ", pattern.Conditions)}";

    /// <summary>Records a failure at <paramref name="index"/>, keeping the furthest; always false.</summary>
    private bool Fail(int index, string reason, ConditionOutcome? condition)
    {
        if (_best is null || index > _best.Index)
        {
            _best = new Miss(index, reason, condition, [.. _partial]);
        }

        return false;
    }

    private sealed record Miss(int Index, string Reason, ConditionOutcome? Condition, IReadOnlyList<MatchedValue> Partial);
}
