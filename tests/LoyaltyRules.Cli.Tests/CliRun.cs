namespace LoyaltyRules.Cli.Tests;

/// <summary>Runs the CLI in-process in a scratch folder of its own, capturing what it prints.</summary>
internal sealed class CliRun : IDisposable
{
    public CliRun()
    {
        Folder = Directory.CreateTempSubdirectory("loyaltyrules-cli-").FullName;
    }

    public string Folder { get; }

    public string Output { get; private set; } = "";

    /// <summary>Writes a file into the scratch folder; returns its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>Runs the command line; paths may be relative to the scratch folder's files (give full paths).</summary>
    public int Run(params string[] args) => RunOn(null, args);

    /// <summary>Runs the command line with the host commands connected through <paramref name="host"/>.</summary>
    public int RunOn(Hosting.CliHost? host, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApplication.Run(args, output, error, terminalSupportsColour: false, host);
        Output = output + error.ToString();
        return code;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
