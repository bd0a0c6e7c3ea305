using LoyaltyRules.Language.Scenarios;

namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>
/// Every golden case compiles (a scenario file: parses) to exactly its golden output: the code, the
/// position, the message, the source line and the caret. A case whose output differs shows both in full.
/// </summary>
public sealed class GoldenCaseTests
{
    /// <summary>Codes that cannot come from source text, and the test that covers each instead.</summary>
    private static readonly Dictionary<string, string> CoveredOutsideGoldenCases = new(StringComparer.Ordinal)
    {
        ["LR4001"] = nameof(InternalCompilerErrorTests),

        // A missing rule file is a fact of the file system, found by the CLI's 'test' command.
        ["LR6005"] = "LoyaltyRules.Cli.Tests: TestCommandTests.Test_ScenarioFileWithoutRuleFile_ReportsWhatIsMissing and Test_RulesLineNamingAMissingFile_ReportsIt",
    };

    public static TheoryData<string> Cases => [.. GoldenCases.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Compile_GoldenCase_PrintsExactlyTheGoldenDiagnostics(string name)
    {
        var source = new SourceText(GoldenCases.FileName(name), GoldenCases.Source(name));
        var diagnostics = GoldenCases.IsScenario(name)
            ? ScenarioParser.Parse(source).Diagnostics
            : LoyaltyCompiler.Compile(source).Diagnostics;

        var actual = DiagnosticFormatter.Format(diagnostics);
        var expected = GoldenCases.Golden(name);
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"{name}: the diagnostics differ from {name}{GoldenCases.GoldenExtension}.{Environment.NewLine}" +
                $"--- expected{Environment.NewLine}{expected}--- actual{Environment.NewLine}{actual}---");
        }
    }

    [Fact]
    public void Catalogue_EveryCode_HasAGoldenCase()
    {
        var covered = GoldenCases.Names.Select(GoldenCases.CodeOf).ToHashSet(StringComparer.Ordinal);

        var missing = DiagnosticCatalog.All
            .Select(d => d.Id)
            .Where(id => !covered.Contains(id) && !CoveredOutsideGoldenCases.ContainsKey(id))
            .ToList();

        Assert.True(missing.Count == 0, $"No golden case in Diagnostics/Cases for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Catalogue_CodesCoveredOutsideGoldenCases_StillExistAndHaveNoSourceCase()
    {
        var codes = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var cased = GoldenCases.Names.Select(GoldenCases.CodeOf).ToHashSet(StringComparer.Ordinal);

        foreach (var (code, test) in CoveredOutsideGoldenCases)
        {
            Assert.True(codes.Contains(code), $"{code} (covered by {test}) is no longer in the catalogue: remove the exemption.");
            Assert.False(cased.Contains(code), $"{code} now has a golden case: remove its exemption.");
        }
    }

    [Fact]
    public void Cases_EverySourceFile_HasAGoldenFileAndViceVersa()
    {
        var sources = GoldenCases.Names;
        var goldens = GoldenCases.GoldenNames;

        Assert.True(sources.Count > 0, $"No cases found in {GoldenCases.Directory}.");
        Assert.Equal(sources, goldens);
    }

    [Fact]
    public void Cases_EveryName_StartsWithACatalogueCodeItsGoldenReports()
    {
        var codes = DiagnosticCatalog.All.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var name in GoldenCases.Names)
        {
            var code = GoldenCases.CodeOf(name);
            if (!codes.TryGetValue(code, out var descriptor))
            {
                wrong.Add($"{name}: '{code}' is not a catalogue code");
                continue;
            }

            var severity = descriptor.Severity == DiagnosticSeverity.Error ? "error" : "warning";
            if (!GoldenCases.Golden(name).Contains($"): {severity} {code}: ", StringComparison.Ordinal))
            {
                wrong.Add($"{name}: its golden output has no {severity} {code}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }
}
