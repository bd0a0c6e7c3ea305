namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>A valid seed program after some mutations; it prints as the seed and the mutations, then the text.</summary>
internal sealed record MutatedProgram(string Seed, IReadOnlyList<Mutation> Mutations)
{
    public string Text => Mutations.Aggregate(SeedPrograms.Text(Seed), (text, mutation) => mutation.ApplyTo(text));

    public override string ToString() =>
        $"{Seed} after [{string.Join(", ", Mutations)}]:{Environment.NewLine}{Text}";
}
