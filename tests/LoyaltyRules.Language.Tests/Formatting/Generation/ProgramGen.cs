using FsCheck;
using FsCheck.Fluent;
using static LoyaltyRules.Language.Tests.Formatting.Generation.Tokens;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>
/// Random but valid programs: a header, settings, constants, named conditions, tiers (kept in order)
/// and rules, shuffled together, then written out with random whitespace, line breaks and comments.
/// </summary>
internal static class ProgramGen
{
    private static readonly string[] TierNames = ["Classic", "Silver", "Gold", "Platinum", "Diamond"];

    /// <summary>The arbitrary FsCheck draws programs from.</summary>
    public static Arbitrary<GeneratedProgram> Arbitrary() => Arb.From(Program());

    /// <summary>A program and its text; FsCheck's size (growing over a run) bounds how many declarations of each sort it has.</summary>
    public static Gen<GeneratedProgram> Program() =>
        from declarations in Gen.Sized(size => Declarations(1 + (size / 25)))
        from seed in Gen.Choose(0, int.MaxValue)
        let rendered = SourceRenderer.Render(declarations, seed)
        select new GeneratedProgram(declarations, rendered.Text, rendered.Comments);

    private static Gen<IReadOnlyList<IReadOnlyList<string>>> Declarations(int most) =>
        from name in Gen.Elements(Words)
        from settings in Settings()
        from constants in Gen.Choose(0, Math.Min(most, 3)).SelectMany(n => Gen.CollectToList(Enumerable.Range(1, n), i => Gen.Choose(1, 99).Select(v => Of("const", "limit" + i, "=", v.ToString()))))
        from conditionCount in Gen.Choose(0, Math.Min(most, 3))
        let conditions = Enumerable.Range(1, conditionCount).Select(i => "named" + i).ToList()
        from conditionDeclarations in Gen.CollectToList(conditions, c => ConditionGen.CustomerOnly(4).Select(body => Join(Of("condition", c, "="), body)))
        from tierCount in Gen.Choose(0, Math.Min(most, TierNames.Length))
        let tiers = TierNames.Take(tierCount).ToList()
        from tierDeclarations in Gen.CollectToList(Enumerable.Range(0, tierCount), i => Tier(tiers[i], i))
        from ruleCount in Gen.Choose(1, Math.Min(most, 4))
        from rules in Gen.CollectToList(Enumerable.Range(1, ruleCount), i => RuleGen.Rule($"R{i} {name}", tiers, conditions))
        from others in Gen.Shuffle([.. settings, .. constants, .. conditionDeclarations, .. rules])
        from tierSlots in Gen.ListOf(Gen.Choose(0, others.Length), tierCount)
        select (IReadOnlyList<IReadOnlyList<string>>)Merge(Of("program", Quoted(name + " rewards")), others, tierDeclarations, tierSlots);

    /// <summary>The header, then the other declarations with the tiers slotted in, in tier order.</summary>
    private static List<IReadOnlyList<string>> Merge(IReadOnlyList<string> header, IReadOnlyList<string>[] others, List<IReadOnlyList<string>> tiers, List<int> slots)
    {
        var sorted = slots.Order().ToList();
        var result = new List<IReadOnlyList<string>> { header };
        var next = 0;
        for (var i = 0; i <= others.Length; i++)
        {
            while (next < tiers.Count && sorted[next] == i)
            {
                result.Add(tiers[next++]);
            }

            if (i < others.Length)
            {
                result.Add(others[i]);
            }
        }

        return result;
    }

    private static Gen<List<IReadOnlyList<string>>> Settings() =>
        from chosen in Gen.SubListOf(
            Of("points", "expire", "after", "24", "months"),
            Of("review", "tiers", "every", "12", "months", "grace", "30", "days"),
            Of("review", "tiers", "every", "6", "months"),
            Of("reversals", "requalify", "tiers"))
        where !(chosen.Count(s => s[0] == "review") > 1)
        select (List<IReadOnlyList<string>>)[Of("currency", "EUR"), .. chosen];

    /// <summary>The first tier is the default; the others say when a customer reaches them, on one line or several.</summary>
    private static Gen<IReadOnlyList<string>> Tier(string name, int level)
    {
        if (level == 0)
        {
            return Pick(Of("tier", name, "default"), Of("tier", name));
        }

        var condition = ConditionGen.CustomerOnly(3);
        return Gen.OneOf(
            condition.Select(c => Join(Of("tier", name, "when"), c)),
            from up in condition from keep in condition from word in Gen.Elements("keep", "downgrade") from upWord in Pick(Of("upgrade", "when"), Of("when"))
            select Join(Of("tier", name), upWord, up, Of(word, "when"), keep));
    }
}
