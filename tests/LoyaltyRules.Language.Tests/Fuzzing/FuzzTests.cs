namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// Property-based fuzzing of the compiler (FsCheck) with fixed seeds: random token soup, mutated valid
/// programs, and deep nesting. Each input must keep every <see cref="CompilerInvariants"/>.
/// </summary>
public sealed class FuzzTests
{
    [Fact]
    public void Compile_RandomTokenSoup_KeepsEveryInvariant() =>
        FuzzRunner.Check(TokenSoup.Arbitrary, cases: 500, seed: 20260110, CompilerInvariants.Hold);

    [Fact]
    public void Compile_MutatedValidPrograms_KeepsEveryInvariant() =>
        FuzzRunner.Check(Mutations.Arbitrary, cases: 400, seed: 4217, program => CompilerInvariants.Hold(program.Text));

    [Fact]
    public void Compile_DeepNestingAndLongChains_KeepsEveryInvariantOnADefaultSizedStack() =>
        FuzzRunner.Check(Nesting.Arbitrary, cases: 300, seed: 200, CompilerInvariants.Hold);
}
