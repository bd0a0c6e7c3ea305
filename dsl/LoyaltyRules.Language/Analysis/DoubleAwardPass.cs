using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Analysis;

/// <summary>
/// LR5005: two rules that award points on the same kind of event, whose conditions can hold
/// together, with no cap, no 'once' and no 'stop' between them, and the same reason — so one event
/// may be rewarded twice by mistake. An explicit, different reason (<c>as "travel bonus"</c>) marks
/// a deliberate extra award and is not reported.
/// </summary>
internal static class DoubleAwardPass
{
    public static void Run(BoundProgram program, DiagnosticBag diagnostics)
    {
        var candidates = program.Rules
            .Where(r => r.Once is null && !r.Stops)
            .Select(r => (Rule: r, Award: r.Actions.OfType<BoundAward>().FirstOrDefault(a => !a.Deduct && a.Cap is null)))
            .Where(c => c.Award is not null)
            .GroupBy(c => (c.Rule.Kind.Name, Reason: c.Award!.Reason?.Constant as string ?? (c.Award.Reason is null ? "" : "\u0001" + c.Award.Reason.Key)));
        foreach (var group in candidates)
        {
            var rules = group.Select(g => g.Rule).ToList();
            var buckets = Buckets(rules);
            for (var j = 1; j < rules.Count; j++)
            {
                var second = rules[j];
                foreach (var first in EarlierCandidates(rules, buckets, j))
                {
                    if (CanBothFire(first, second))
                    {
                        diagnostics.Report(DiagnosticCatalog.PossibleDoubleAward, second.Syntax.Name.Span, second.Name, first.Name, first.Line, first.Kind.Name);
                        break;
                    }
                }
            }
        }
    }

    private static bool CanBothFire(BoundRule first, BoundRule second) =>
        first.Conditions.Concat(second.Conditions).All(c => c.Expression.Constant is not false)
        && new ConditionFacts(first.Conditions.Concat(second.Conditions).Select(c => c.Expression)).Contradiction() is null;

    /// <summary>
    /// The earlier rules worth pairing with rule <paramref name="index"/>, in declaration order. Rules
    /// that test the same value for equality against different fixed values can never both fire, so
    /// rules are bucketed by the value of the most common such test: a program of thousands of
    /// per-merchant rules is checked in near-linear time.
    /// </summary>
    private static IEnumerable<BoundRule> EarlierCandidates(List<BoundRule> rules, BucketIndex buckets, int index) => buckets.KeyOf[index] is { } key
            ? buckets.Members[key].Concat(buckets.Unkeyed).Where(i => i < index).Order().Select(i => rules[i])
            : rules.Take(index);

    private static BucketIndex Buckets(List<BoundRule> rules)
    {
        var equalities = rules.Select(Equalities).ToList();
        var subject = equalities.SelectMany(e => e.Keys).GroupBy(k => k, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        var keyOf = new string?[rules.Count];
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var unkeyed = new List<int>();
        for (var i = 0; i < rules.Count; i++)
        {
            if (subject is not null && equalities[i].TryGetValue(subject, out var value))
            {
                var key = value is decimal number
                    ? "n:" + number.ToString("0.############################", System.Globalization.CultureInfo.InvariantCulture)
                    : value.GetType().Name + ":" + Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
                keyOf[i] = key;
                if (!members.TryGetValue(key, out var list))
                {
                    list = [];
                    members[key] = list;
                }

                list.Add(i);
            }
            else
            {
                unkeyed.Add(i);
            }
        }

        return new BucketIndex(keyOf, members, unkeyed);
    }

    private sealed record BucketIndex(string?[] KeyOf, Dictionary<string, List<int>> Members, List<int> Unkeyed);

    private static Dictionary<string, object> Equalities(BoundRule rule)
    {
        var found = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var condition in rule.Conditions)
        {
            if (Atom.From(condition.Expression) is { Operator: "=", Values: [var value] } atom)
            {
                found.TryAdd(atom.Subject, value);
            }
        }

        return found;
    }
}
