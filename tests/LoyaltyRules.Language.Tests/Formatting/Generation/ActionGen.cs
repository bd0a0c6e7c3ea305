using FsCheck;
using FsCheck.Fluent;
using static LoyaltyRules.Language.Tests.Formatting.Generation.Tokens;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>Random actions, with modifiers, that check for a rule on a given event kind (null: a sweep).</summary>
internal static class ActionGen
{
    /// <summary>One action.</summary>
    public static Gen<IReadOnlyList<string>> Action(string? kind, IReadOnlyList<string> tiers)
    {
        var actions = new List<(int, Gen<IReadOnlyList<string>>)>
        {
            (6, Award(kind)),
            (1, from n in Gen.Choose(1, 500) from reason in Reason() select Join(Of("deduct", n.ToString(), "points"), reason)),
            (1, from n in Gen.Choose(2, 5) from reason in Reason() select Join(Of("multiply", "points", "by", n.ToString()), reason)),
            (1, Gen.Choose(1, 99).Select(n => Of("offer", "rate", "discount", n.ToString(), "bp", "on", "\"loan\"", "for", "90", "days"))),
            (1, from code in Gen.Elements(Words) from valid in Valid() select Join(Of("offer", Quoted(code.ToUpperInvariant())), valid)),
            (1, from gift in Gen.Elements(Words) from valid in Valid() select Join(Of("grant", "gift", Quoted(gift)), valid)),
            (1, Gen.Elements(Words).Select(w => Of("tag", "customer", "as", Quoted(w)))),
            (1, Gen.Elements(Words).Select(w => Of("notify", Quoted(w + "-sent")))),
            (1, Pick(Of("stop"), Of("stop", "further", "rules"))),
        };
        if (tiers.Count > 0)
        {
            actions.Add((1, from verb in Pick(Of("upgrade", "tier", "to"), Of("downgrade", "to"), Of("set", "tier", "to"))
                            from tier in Gen.Elements<string>(tiers)
                            select Join(verb, Of(tier))));
        }

        return Gen.Frequency(actions);
    }

    private static Gen<IReadOnlyList<string>> Award(string? kind)
    {
        var amount = kind is not null && Array.IndexOf(TransactionKinds, kind) >= 0
            ? Gen.OneOf(Points(), Gen.Constant(Of("award", "floor", "(", "amount", "/", "10", ")", "points")))
            : Points();
        var modifiers = new List<Gen<IReadOnlyList<string>>>
        {
            Reason(),
            Gen.Choose(1, 30).Select(n => Of("pending", n.ToString(), "days")),
            from n in Gen.Choose(1, 90) from per in Pick(Of("month"), Of("30", "days"), Of("year"))
            select Join(Of("capped", "at", (n * 100).ToString(), "points", "per"), per),
        };
        if (kind == "referral")
        {
            modifiers.Add(Gen.Constant(Of("to", "referrer")));
        }

        return from points in amount
               from chosen in Gen.SubListOf(Enumerable.Range(0, modifiers.Count))
               from order in Gen.Shuffle(chosen.ToArray())
               from parts in Gen.CollectToList(order.Select(i => modifiers[i]))
               select Join([points, .. parts]);
    }

    private static Gen<IReadOnlyList<string>> Points() => Gen.Choose(1, 5000).Select(n => Of("award", n.ToString(), "points"));

    private static Gen<IReadOnlyList<string>> Reason() =>
        Gen.Frequency((1, Gen.Elements(Words).Select(w => Of("as", Quoted(w + " bonus")))), (1, Gen.Constant(Of())));

    private static Gen<IReadOnlyList<string>> Valid() =>
        Gen.Frequency((1, Gen.Choose(1, 90).Select(n => Of("valid", n.ToString(), "days"))), (1, Gen.Constant(Of())));
}
