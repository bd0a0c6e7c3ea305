namespace LoyaltyRules.Cli.Output;

/// <summary>
/// The files a command works on: files as given, folders searched (recursively, in name order) for
/// files with the command's extension. Paths are shown as given, relative to the working directory.
/// </summary>
internal static class SourceFiles
{
    /// <summary>The files, or the paths that do not exist.</summary>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Expand(IEnumerable<string> paths, string extension)
    {
        var files = new List<string>();
        var missing = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                files.Add(path);
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*" + extension, SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else
            {
                missing.Add(path);
            }
        }

        return ([.. files.Distinct(StringComparer.Ordinal)], missing);
    }
}
