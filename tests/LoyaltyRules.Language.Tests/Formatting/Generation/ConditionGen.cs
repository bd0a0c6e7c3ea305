using FsCheck;
using FsCheck.Fluent;
using static LoyaltyRules.Language.Tests.Formatting.Generation.Tokens;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>Random conditions that type-check in a given scope: an event kind's rule, a sweep rule, or a tier.</summary>
internal static class ConditionGen
{
    /// <summary>A condition for a rule on <paramref name="kind"/> (null: a sweep), naming only <paramref name="tiers"/> and <paramref name="conditions"/>.</summary>
    public static Gen<IReadOnlyList<string>> Rule(string? kind, IReadOnlyList<string> tiers, IReadOnlyList<string> conditions)
    {
        var atoms = new List<Gen<IReadOnlyList<string>>> { Customer(tiers), Aggregate() };
        if (kind is null)
        {
            atoms.Add(Pick(Of("birthday"), Of("today", ">", "2026-01-01"), Of("no", "deposit", "for", "90", "days")));
        }
        else
        {
            atoms.Add(Event(kind));
            atoms.Add(Event(kind));
        }

        if (conditions.Count > 0)
        {
            atoms.Add(Gen.Elements<string>(conditions).Select(c => Of(c)));
        }

        return Conjunction(Gen.OneOf(atoms), 6);
    }

    /// <summary>A condition about the customer alone (for tiers and named conditions).</summary>
    public static Gen<IReadOnlyList<string>> CustomerOnly(int most) =>
        Conjunction(Gen.Frequency((3, Customer([])), (2, Gen.Choose(1, 500).Select(n => Of("points", "earned", "within", "12", "months", ">=", (n * 100).ToString())))), most);

    /// <summary>One to <paramref name="most"/> atoms joined by 'and', some grouped with 'or', 'not' and parentheses.</summary>
    private static Gen<IReadOnlyList<string>> Conjunction(Gen<IReadOnlyList<string>> atom, int most)
    {
        var part = Gen.Frequency(
            (6, atom),
            (1, from a in atom from b in atom select Join(Of("("), a, Of("or"), b, Of(")"))),
            (1, atom.Select(a => Join(Of("not", "("), a, Of(")")))));
        return from count in Gen.Choose(1, most)
               from parts in Gen.ListOf(part, count)
               select (IReadOnlyList<string>)[.. parts.SelectMany((p, i) => i == 0 ? p : Join(Of("and"), p))];
    }

    private static Gen<IReadOnlyList<string>> Customer(IReadOnlyList<string> tiers)
    {
        var atoms = new List<Gen<IReadOnlyList<string>>>
        {
            Gen.Choose(0, 9000).Select(n => Of("customer.points", ">=", n.ToString(), "points")),
            Gen.Choose(1, 9).Select(n => Of("customer.tenure", ">=", n.ToString(), "years")),
            Gen.Elements(Words).Select(w => Of("customer.segment", "=", Quoted(w))),
            Gen.Choose(1, 9000).Select(n => Of("customer.loan balance", ">=", n.ToString(), "EUR")),
            Gen.Choose(0, 9000).Select(n => Of("customer.lifetime deposits", ">", n + ".50", "EUR")),
            Gen.Choose(0, 3).Select(n => Of("customer.open_complaints", "=", n.ToString())),
            Pick(Of("customer.last nps", "is", "missing"), Of("customer.birth_date", "is", "present"), Of("customer.last_csat", "is", "missing")),
            Gen.Choose(1, 99).Select(n => Of("customer.age", ">=", n.ToString(), "years")),
        };
        if (tiers.Count > 0)
        {
            atoms.Add(from tier in Gen.Elements<string>(tiers) from op in Gen.Elements(">=", "=", "!=", "<") select Of("customer.tier", op, tier));
        }

        return Gen.OneOf(atoms);
    }

    private static Gen<IReadOnlyList<string>> Aggregate() => Gen.OneOf(
        Gen.Choose(1, 500).Select(n => Of("points", "earned", "within", "12", "months", ">=", (n * 10).ToString())),
        from kind in Gen.Elements(TransactionKinds) from n in Gen.Choose(1, 9) select Of("count", "of", kind, "within", "30", "days", ">", n.ToString()),
        from function in Gen.Elements("sum", "total", "average", "max")
        from kind in Gen.Elements("deposit", "purchase")
        from n in Gen.Choose(1, 9000)
        select Of(function, "of", kind, "amount", "within", "90", "days", ">=", n.ToString(), "EUR"),
        Gen.Choose(1, 99).Select(n => Of("days", "since", "last", "deposit", ">", n.ToString())),
        from direction in Gen.Elements("dropped", "rose") from n in Gen.Choose(1, 99)
        select Of("count", "of", "purchase", "within", "90", "days", direction, "by", n + "%"));

    private static Gen<IReadOnlyList<string>> Event(string kind) => kind switch
    {
        "survey" => Gen.OneOf(
            Gen.Choose(0, 10).Select(n => Of("nps", "<=", n.ToString())),
            Gen.Constant(Of("csat", "is", "missing"))),
        "referral" => Gen.OneOf(
            Gen.Choose(1, 90).Select(n => Of("referred.first_purchase", "within", n.ToString(), "days")),
            Gen.Elements(Words).Select(w => Of("referred", "=", Quoted(w)))),
        "enrolment" => Gen.OneOf(
            Gen.Elements(Words).Select(w => Of("segment", "=", Quoted(w))),
            Gen.Constant(Of("birth_date", "is", "present"))),
        "complaint" => Pick(Of("severity", "=", "\"high\""), Of("category", "starts", "with", "\"fee\"")),
        _ => Transaction(),
    };

    private static Gen<IReadOnlyList<string>> Transaction() => Gen.OneOf(
        Gen.Choose(1, 9999).Select(n => Of("amount", ">=", n.ToString())),
        Gen.Choose(1, 9999).Select(n => Of("amount", "<", n.ToString(), "EUR")),
        Gen.Choose(1, 99).Select(n => Of("floor", "(", "amount", "/", "10", ")", ">", n.ToString())),
        Gen.Choose(1, 99).Select(n => Of("(", "amount", "+", "5", ")", "*", "2", ">", n.ToString())),
        Gen.Choose(1, 99).Select(n => Of("-", "amount", "<", "-", n.ToString())),
        Gen.Elements(Words).Select(w => Of("channel", "=", Quoted(w))),
        from a in Gen.Elements(Words) from b in Gen.Elements(Words) from not in Gen.Elements(true, false)
        select Join(Of("category"), not ? Of("not", "in") : Of("in"), Of("[", Quoted(a), ",", Quoted(b), "]")),
        from op in Pick(Of("starts", "with"), Of("ends", "with"), Of("contains")) from w in Gen.Elements(Words)
        select Join(Of("merchant"), op, Of(Quoted(w))),
        Pick(Of("product", "is", "present"), Of("merchant", "is", "missing")),
        Gen.Choose(1, 90).Select(n => Of("date", "within", n.ToString(), "days", "of", "customer.enrolled_on")),
        Gen.Constant(Of("date", ">=", "2026-01-01")));
}
