using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// What a rule's conditions say together, for reasoning: the conditions' keys, and for each value
/// tested against fixed values the atoms about it. Answers "can these all be true?" (a contradiction
/// means the rule never fires) and "does this other condition follow?" (for shadowing).
/// </summary>
internal sealed class ConditionFacts
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Atom>> _atoms = new(StringComparer.Ordinal);

    public ConditionFacts(IEnumerable<BoundExpression> conditions)
    {
        foreach (var condition in conditions)
        {
            Add(condition);
        }
    }

    /// <summary>Adds a condition.</summary>
    public void Add(BoundExpression condition)
    {
        _keys.Add(condition.Key);
        if (Atom.From(condition) is { } atom)
        {
            if (!_atoms.TryGetValue(atom.Subject, out var list))
            {
                list = [];
                _atoms[atom.Subject] = list;
            }

            list.Add(atom);
        }
    }

    /// <summary>Adds what is known of a value's range whatever the conditions say (tiers lie between the first and the last).</summary>
    public void AddDomain(Atom atom)
    {
        if (!_atoms.TryGetValue(atom.Subject, out var list))
        {
            list = [];
            _atoms[atom.Subject] = list;
        }

        list.Add(atom);
    }

    /// <summary>The subject whose atoms cannot all hold, or null when none is found.</summary>
    public string? Contradiction()
    {
        foreach (var (subject, atoms) in _atoms)
        {
            if (atoms.Count > 1 && !Satisfiable(atoms))
            {
                return subject;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="condition"/> follows from these conditions.</summary>
    public bool Implies(BoundExpression condition)
    {
        if (_keys.Contains(condition.Key) || condition.Constant is true)
        {
            return true;
        }

        if (Atom.From(condition) is not { } atom || !_atoms.TryGetValue(atom.Subject, out var known))
        {
            return false;
        }

        // It follows when every value the known atoms allow satisfies it: check the candidate values.
        return Candidates(known, atom).All(value => !known.All(k => k.Holds(value)) || atom.Holds(value));
    }

    /// <summary>Whether some value satisfies every atom: one of the values they mention, or a value next to one, must.</summary>
    private static bool Satisfiable(List<Atom> atoms) =>
        Candidates(atoms, null).Any(value => atoms.All(a => a.Holds(value)));

    /// <summary>
    /// The values worth trying: each mentioned value and, for numbers, one between each two neighbours
    /// and one beyond each end (every number in an open gap between mentioned numbers satisfies the
    /// same atoms, so one stands for them all); for dates, the days beside each; a fresh text (for "not
    /// equal" over texts). Any satisfying assignment can be moved to one of these. Nothing here can
    /// overflow, even at the edges of decimal's range.
    /// </summary>
    private static IEnumerable<object> Candidates(IEnumerable<Atom> atoms, Atom? extra)
    {
        var values = atoms.Append(extra).OfType<Atom>().SelectMany(a => a.Values).ToList();
        foreach (var number in AroundNumbers([.. values.OfType<decimal>().Distinct().Order()]))
        {
            yield return number;
        }

        foreach (var value in values)
        {
            switch (value)
            {
                case decimal:
                    break;
                case DateOnly date:
                    yield return date;
                    if (date > DateOnly.MinValue)
                    {
                        yield return date.AddDays(-1);
                    }

                    if (date < DateOnly.MaxValue)
                    {
                        yield return date.AddDays(1);
                    }

                    break;
                case int level:
                    yield return level;
                    yield return level - 1;
                    yield return level + 1;
                    break;
                case string:
                    yield return value;
                    yield return "\u0001 none of these \u0001";
                    break;
                case bool b:
                    yield return b;
                    yield return !b;
                    break;
                default:
                    yield return value;
                    break;
            }
        }
    }

    /// <summary>The sorted numbers, a number between each two neighbours (when decimal has one) and one below and above them all.</summary>
    private static IEnumerable<decimal> AroundNumbers(List<decimal> sorted)
    {
        if (sorted.Count == 0)
        {
            yield break;
        }

        var below = sorted[0] > decimal.MinValue + 1 ? sorted[0] - 1 : decimal.MinValue;
        if (below < sorted[0])
        {
            yield return below;
        }

        for (var i = 0; i < sorted.Count; i++)
        {
            yield return sorted[i];
            if (i + 1 < sorted.Count)
            {
                var between = (sorted[i] / 2) + (sorted[i + 1] / 2);
                if (between > sorted[i] && between < sorted[i + 1])
                {
                    yield return between;
                }
            }
        }

        var above = sorted[^1] < decimal.MaxValue - 1 ? sorted[^1] + 1 : decimal.MaxValue;
        if (above > sorted[^1])
        {
            yield return above;
        }
    }
}
