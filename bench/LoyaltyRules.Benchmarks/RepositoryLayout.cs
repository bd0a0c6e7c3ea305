namespace LoyaltyRules.Benchmarks;

/// <summary>Finds files of the repository from the benchmark's output folder (the benchmarks run from a build inside it).</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>A path under the repository root (the folder holding <c>LoyaltyRules.sln</c>).</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LoyaltyRules.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LoyaltyRules.sln above {AppContext.BaseDirectory}: run the benchmarks from a build inside the repository (./build.sh bench).");
    }
}
