using FsCheck;
using FsCheck.Fluent;
using static LoyaltyRules.Language.Tests.Formatting.Generation.Tokens;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>Random rules: clauses before 'when' and after the actions (with or without a comma), a trigger, actions.</summary>
internal static class RuleGen
{
    private static readonly string?[] Kinds = [.. TransactionKinds, "survey", "referral", "complaint", "enrolment", null];

    /// <summary>A rule named <paramref name="name"/>.</summary>
    public static Gen<IReadOnlyList<string>> Rule(string name, IReadOnlyList<string> tiers, IReadOnlyList<string> conditions) =>
        from kind in Gen.Elements(Kinds)
        from trigger in Trigger(kind, tiers, conditions)
        from clauses in Clauses(kind)
        from split in Gen.Choose(0, clauses.Count)
        from first in ActionGen.Action(kind, tiers)
        from more in Gen.Choose(0, 3).SelectMany(n => Gen.ListOf(ActionGen.Action(kind, tiers), n))
        from tail in Gen.Shuffle([.. more.Select(a => (Clause: false, Tokens: a)), .. clauses.Skip(split).Select(c => (Clause: true, Tokens: c))])
        from commas in Gen.ListOf(Gen.Elements(true, false), tail.Length)
        select Join(
            Of("rule", Quoted(name)),
            Join([.. clauses.Take(split)]),
            Of("when"),
            trigger,
            Of("then"),
            first,
            Tail(tail, commas));

    /// <summary>Actions joined by 'and'; clauses after an optional comma (none after 'tags', whose list a comma would extend).</summary>
    private static List<string> Tail((bool Clause, IReadOnlyList<string> Tokens)[] items, List<bool> commas)
    {
        var tokens = new List<string>();
        var afterTags = false;
        for (var i = 0; i < items.Length; i++)
        {
            var (clause, item) = items[i];
            if (!clause)
            {
                tokens.Add("and");
            }
            else if (commas[i] && !afterTags)
            {
                tokens.Add(",");
            }

            tokens.AddRange(item);
            afterTags = clause && item[0] == "tags";
        }

        return tokens;
    }

    private static Gen<IReadOnlyList<string>> Trigger(string? kind, IReadOnlyList<string> tiers, IReadOnlyList<string> conditions)
    {
        var condition = ConditionGen.Rule(kind, tiers, conditions);
        return kind is null
            ? condition
            : Gen.Frequency(
                (5, condition.Select(c => Join(Of(kind, "where"), c))),
                (1, Gen.Constant(Of(kind))));
    }

    /// <summary>Some of the clauses, each at most once, in random order.</summary>
    private static Gen<List<IReadOnlyList<string>>> Clauses(string? kind)
    {
        var once = kind is not null && Array.IndexOf(TransactionKinds, kind) >= 0
            ? Pick(Of("once"), Of("once", "per", "merchant"), Of("once", "per", "month"), Of("once", "per", "30", "days"), Of("once", "per", "merchant", "per", "7", "days"))
            : Pick(Of("once"), Of("once", "per", "365", "days"), Of("once", "per", "year"));
        var all = new[]
        {
            Gen.Elements(Words).Select(w => Of("description", Quoted(w + " \"rule\"\t\\ text", rawTab: w.Length % 2 == 0))),
            Gen.Choose(-50, 50).Select(n => n < 0 ? Of("priority", "-", (-n).ToString()) : Of("priority", n.ToString())),
            Gen.SubListOf(Words).Where(w => w.Count > 0).Select(w => (IReadOnlyList<string>)[.. w.SelectMany((t, i) => i == 0 ? Of("tags", t) : Of(",", t))]),
            Pick(Of("effective", "from", "2026-01-01", "until", "2026-12-31"), Of("effective", "from", "2026-03-01"), Of("effective", "until", "2027-06-30")),
            once,
        };
        return from chosen in Gen.SubListOf(Enumerable.Range(0, all.Length))
               from order in Gen.Shuffle(chosen.ToArray())
               from clauses in Gen.CollectToList(order.Select(i => all[i]))
               select clauses.ToList();
    }
}
