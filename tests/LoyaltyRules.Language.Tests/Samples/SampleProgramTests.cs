using LoyaltyRules.Language.Scenarios;
using LoyaltyRules.Testing;

namespace LoyaltyRules.Language.Tests.Samples;

/// <summary>The sample programs in rules/ compile cleanly and pass their scenarios.</summary>
public sealed class SampleProgramTests
{
    public static TheoryData<string> Programs => [.. Directory.GetFiles(RepositoryLayout.PathOf("rules"), "*.loyalty").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Programs))]
    public void Compile_SampleProgram_HasNoErrorsOrWarnings(string name)
    {
        var compilation = Compile(name);

        Assert.True(compilation.Success, DiagnosticFormatter.Format(compilation.Diagnostics));
        Assert.Empty(compilation.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Scenarios_OfSampleProgram_AllPass(string name)
    {
        var program = Compile(name).Program!;
        var path = RepositoryLayout.PathOf("rules", Path.ChangeExtension(name, ".scenarios"));
        var file = ScenarioParser.Parse(new SourceText(path, File.ReadAllText(path)));

        var results = ScenarioRunner.Run(file, program);

        Assert.Empty(file.Diagnostics);
        Assert.True(results.Count >= 10, $"{name} has only {results.Count} scenarios");
        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Failures)));
    }

    [Theory]
    [MemberData(nameof(Programs))]
    public void Format_SampleProgram_IsAlreadyCanonical(string name)
    {
        var path = RepositoryLayout.PathOf("rules", name);
        var text = File.ReadAllText(path);

        Assert.Equal(text, Language.Formatting.Formatter.Format(new SourceText(path, text)).Text);
    }

    [Fact]
    public void SamplePrograms_Together_UseEveryConstruct()
    {
        var coverage = new ConstructCoverage();
        foreach (var name in Programs)
        {
            var path = RepositoryLayout.PathOf("rules", name);
            var source = new SourceText(path, File.ReadAllText(path));
            coverage.Add(Syntax.SyntaxParser.Parse(source).Root, source);
        }

        var missing = coverage.Missing();
        Assert.True(missing.Count == 0, "Not used by any sample program: " + string.Join(", ", missing));
    }

    private static Compilation Compile(string name)
    {
        var path = RepositoryLayout.PathOf("rules", name);
        return LoyaltyCompiler.Compile(path, File.ReadAllText(path));
    }
}
