namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>The valid programs mutation fuzzing starts from: <c>Fuzzing/Seeds/*.loyalty</c>, copied beside the test assembly.</summary>
internal static class SeedPrograms
{
    private static readonly Dictionary<string, string> Texts =
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Fuzzing", "Seeds"), "*.loyalty")
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

    /// <summary>The seeds' file names, sorted.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Texts.Keys.Order(StringComparer.Ordinal)];

    public static string Text(string name) => Texts[name];
}
