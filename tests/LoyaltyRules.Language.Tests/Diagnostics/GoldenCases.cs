namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>
/// The golden diagnostic cases: <c>Cases/&lt;code&gt;-&lt;slug&gt;.loyalty</c>, a small program (or
/// <c>&lt;code&gt;-&lt;slug&gt;.scenarios</c>, a small scenario file), and beside it
/// <c>&lt;code&gt;-&lt;slug&gt;.golden</c>, what <see cref="DiagnosticFormatter.Format(IEnumerable{Diagnostic})"/> must
/// print for it. The files are copied beside the test assembly.
/// </summary>
internal static class GoldenCases
{
    public const string SourceExtension = ".loyalty";

    public const string ScenarioExtension = ".scenarios";

    public const string GoldenExtension = ".golden";

    /// <summary>The folder the cases are copied to.</summary>
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "Diagnostics", "Cases");

    /// <summary>Every case's name (the file name without extension), rule file or scenario file, sorted.</summary>
    public static IReadOnlyList<string> Names =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*" + SourceExtension)
            .Concat(System.IO.Directory.EnumerateFiles(Directory, "*" + ScenarioExtension))
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>Whether the case is a scenario file (else a rule file).</summary>
    public static bool IsScenario(string name) => File.Exists(Path.Combine(Directory, name + ScenarioExtension));

    /// <summary>The case's file name: its name and its extension.</summary>
    public static string FileName(string name) => name + (IsScenario(name) ? ScenarioExtension : SourceExtension);

    /// <summary>The names of the golden files, without extension, sorted.</summary>
    public static IReadOnlyList<string> GoldenNames =>
        [.. System.IO.Directory.EnumerateFiles(Directory, "*" + GoldenExtension)
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal)];

    /// <summary>The code a case is named after: <c>LR3001</c> for <c>LR3001-unknown-attribute</c>.</summary>
    public static string CodeOf(string name) => name.Split('-', 2)[0];

    public static string Source(string name) => File.ReadAllText(Path.Combine(Directory, FileName(name)));

    /// <summary>The expected output, with line breaks as the formatter writes them on this machine.</summary>
    public static string Golden(string name) =>
        File.ReadAllText(Path.Combine(Directory, name + GoldenExtension)).ReplaceLineEndings();
}
