using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>
/// Finds every match of one or-alternative by brute force: each fact pattern tries every fact in
/// insertion order (a cartesian product), aggregates are computed from scratch, filters run on the
/// complete match.
/// </summary>
internal sealed class BranchSearch(
    int ruleIndex,
    RuleDefinition rule,
    int alternative,
    IReadOnlyList<RuleElement> elements,
    IReadOnlyList<object> facts,
    ExpressionInvoker invoker)
{
    private readonly List<ReferenceMatch> _matches = [];

    public IReadOnlyList<ReferenceMatch> Run()
    {
        Search(0, Bindings.Empty);
        return _matches;
    }

    private void Search(int index, Bindings bound)
    {
        if (index == elements.Count)
        {
            if (elements.OfType<FilterElement>().All(filter => invoker.Test(filter.Expression, bound)))
            {
                _matches.Add(new ReferenceMatch(ruleIndex, rule, alternative, bound.Values));
            }

            return;
        }

        switch (elements[index])
        {
            case PatternElement { Source: null } pattern:
                foreach (var fact in Matching(pattern, bound))
                {
                    Search(index + 1, bound.With(pattern.Declaration, fact, isFact: true));
                }

                break;
            case PatternElement { Source: { } aggregate } pattern:
                var sources = Matching(aggregate.Source, bound);
                foreach (var result in ReferenceAggregates.Compute(aggregate, sources, invoker))
                {
                    var next = bound.With(pattern.Declaration, result, isFact: false);
                    if (Holds(pattern, next))
                    {
                        Search(index + 1, next);
                    }
                }

                break;
            case NotElement not:
                if (Matching(not.Source, bound).Count == 0)
                {
                    Search(index + 1, bound);
                }

                break;
            case ExistsElement exists:
                if (Matching(exists.Source, bound).Count > 0)
                {
                    Search(index + 1, bound);
                }

                break;
            case BindingElement binding:
                Search(index + 1, bound.With(binding.Declaration, invoker.Invoke(binding.Expression, bound), isFact: false));
                break;
            case FilterElement:
                Search(index + 1, bound);
                break;
            default:
                throw new NotSupportedException($"The reference evaluator does not model {elements[index].ElementType} elements.");
        }
    }

    /// <summary>The facts, in insertion order, that satisfy every condition of a fact pattern given <paramref name="bound"/>.</summary>
    private List<object> Matching(PatternElement pattern, Bindings bound) =>
        [.. facts.Where(fact => pattern.Declaration.Type.IsInstanceOfType(fact) && Holds(pattern, bound.With(pattern.Declaration, fact, isFact: true)))];

    private bool Holds(PatternElement pattern, Bindings bound) =>
        pattern.Conditions.All(condition => invoker.Test(condition.Expression, bound));
}
