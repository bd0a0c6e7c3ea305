using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>Generates a seed program with one to five mutations; shrinks by dropping mutations.</summary>
internal static class Mutations
{
    private static readonly Gen<Mutation> One =
        from kind in Gen.Elements(Enum.GetValues<MutationKind>())
        from first in Gen.Choose(0, 1_000_000)
        from second in Gen.Choose(0, 1_000_000)
        from pick in Gen.Choose(0, 1_000_000)
        select new Mutation(kind, first, second, pick);

    public static Gen<MutatedProgram> Programs { get; } =
        from seed in Gen.Elements<string>(SeedPrograms.Names)
        from count in Gen.Choose(1, 5)
        from mutations in One.ArrayOf(count)
        select new MutatedProgram(seed, mutations);

    public static Arbitrary<MutatedProgram> Arbitrary { get; } = Arb.From(Programs, Shrink);

    private static IEnumerable<MutatedProgram> Shrink(MutatedProgram program) =>
        program.Mutations.Count <= 1
            ? []
            : program.Mutations.Select((_, i) => program with { Mutations = [.. program.Mutations.Where((_, j) => j != i)] });
}
