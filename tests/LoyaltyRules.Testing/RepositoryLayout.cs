namespace LoyaltyRules.Testing;

/// <summary>Finds files of the repository from a test's output folder.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The repository's root folder (the one holding <c>LoyaltyRules.sln</c>).</summary>
    public static string RootFolder => Root.Value;

    /// <summary>A path under the repository root.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([RootFolder, .. parts]);

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "LoyaltyRules.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No LoyaltyRules.sln above {AppContext.BaseDirectory}: tests must run from a build inside the repository.");
    }
}
