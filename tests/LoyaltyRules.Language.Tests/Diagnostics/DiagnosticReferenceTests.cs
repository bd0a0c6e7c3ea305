using System.Text.RegularExpressions;
using LoyaltyRules.Testing;

namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>
/// The diagnostics reference in docs/language.md: every catalogue code has an entry (its title and
/// severity, an example and its fix), and every example printed there is exactly what the compiler
/// prints for one of the golden cases of that code — so the reference cannot drift from the compiler.
/// </summary>
public sealed partial class DiagnosticReferenceTests
{
    private const string DocumentPath = "docs/language.md";

    /// <summary>The part of docs/language.md from its Diagnostics heading on, with \n line breaks.</summary>
    private static readonly Lazy<string> Reference = new(() =>
    {
        var text = File.ReadAllText(RepositoryLayout.PathOf("docs", "language.md")).ReplaceLineEndings("\n");
        var start = text.IndexOf("\n## Diagnostics\n", StringComparison.Ordinal);
        return start < 0 ? "" : text[start..];
    });

    [Fact]
    public void Reference_EveryCatalogueCode_HasAnEntryWithItsTitleAndSeverity()
    {
        var missing = DiagnosticCatalog.All
            .Where(d => !Reference.Value.Contains($"\n#### {d.Id} {d.Title}\n\n*{Severity(d.Severity)}.*", StringComparison.Ordinal))
            .Select(d => d.Id)
            .ToList();

        Assert.True(missing.Count == 0,
            $"{DocumentPath} has no entry '#### <code> <title>', then '*Error.*' or '*Warning.*', under '## Diagnostics' for: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Reference_EveryEntry_ShowsItsCodeRenderedAndTheFix()
    {
        var incomplete = new List<string>();
        foreach (var (code, entry) in Entries())
        {
            var shown = entry.Contains("```text\n", StringComparison.Ordinal) && RenderedLine().Matches(entry).Any(m => m.Groups["code"].Value == code);
            if (!shown || !entry.Contains("\n**Fix:** ", StringComparison.Ordinal))
            {
                incomplete.Add(code);
            }
        }

        Assert.NotEmpty(Entries());
        Assert.True(incomplete.Count == 0, $"These entries of {DocumentPath} lack a rendered example of their code or a '**Fix:**': {string.Join(", ", incomplete)}");
    }

    [Fact]
    public void Reference_RenderedExamples_AreWhatTheCompilerPrintsForAGoldenCase()
    {
        var goldens = GoldenCases.Names
            .Select(name => (Code: GoldenCases.CodeOf(name), Text: AsRules(name, GoldenCases.Golden(name).ReplaceLineEndings("\n"))))
            .ToList();
        var lines = Reference.Value.Split('\n');
        var drifted = new List<string>();
        var compared = 0;
        for (var i = 0; i + 2 < lines.Length; i++)
        {
            var match = RenderedLine().Match(lines[i]);
            var code = match.Groups["code"].Value;
            if (!match.Success || !goldens.Any(g => g.Code == code))
            {
                // Codes without a golden case (see GoldenCaseTests) show an example written by hand.
                continue;
            }

            var example = string.Join('\n', lines[i..(i + 3)]) + "\n";
            compared++;
            if (!goldens.Any(g => g.Text.Contains(example, StringComparison.Ordinal)))
            {
                drifted.Add(example);
            }
        }

        Assert.True(compared > 0, $"No rendered example found in {DocumentPath}.");
        Assert.True(drifted.Count == 0,
            $"These examples in {DocumentPath} are not what the compiler prints for any golden case (update them from the .golden files):\n{string.Join("\n", drifted)}");
    }

    private static string Severity(DiagnosticSeverity severity) => severity == DiagnosticSeverity.Error ? "Error" : "Warning";

    /// <summary>A golden output as if its file were rules.loyalty or rules.scenarios, as the reference shows it.</summary>
    private static string AsRules(string name, string golden) =>
        golden.Replace(name + GoldenCases.SourceExtension + "(", "rules" + GoldenCases.SourceExtension + "(", StringComparison.Ordinal)
            .Replace(name + GoldenCases.ScenarioExtension + "(", "rules" + GoldenCases.ScenarioExtension + "(", StringComparison.Ordinal);

    /// <summary>Each '#### LRnnnn …' entry: its code and its text up to the next heading.</summary>
    private static List<(string Code, string Text)> Entries() =>
        [.. Reference.Value.Split("\n#### ").Skip(1).Select(entry => (entry[..6], NextHeading().Split(entry)[0]))];

    [GeneratedRegex(@"\n#{2,4} ")]
    private static partial Regex NextHeading();

    [GeneratedRegex(@"^\S+\.(loyalty|scenarios)\(\d+,\d+\): (error|warning) (?<code>LR\d{4}): ", RegexOptions.Multiline)]
    private static partial Regex RenderedLine();
}
