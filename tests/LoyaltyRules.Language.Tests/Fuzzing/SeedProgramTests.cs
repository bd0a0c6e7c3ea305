namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>Mutation fuzzing starts from valid programs: each seed compiles without errors or warnings.</summary>
public sealed class SeedProgramTests
{
    public static TheoryData<string> Seeds => [.. SeedPrograms.Names];

    [Fact]
    public void Seeds_AreFound()
    {
        Assert.True(SeedPrograms.Names.Count >= 3, $"Only {SeedPrograms.Names.Count} seed programs found.");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Compile_SeedProgram_SucceedsWithoutDiagnostics(string seed)
    {
        var compilation = LoyaltyCompiler.Compile(seed, SeedPrograms.Text(seed));

        Assert.True(compilation.Success && compilation.Diagnostics.Count == 0, DiagnosticFormatter.Format(compilation.Diagnostics));
    }
}
