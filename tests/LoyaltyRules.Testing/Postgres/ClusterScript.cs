using System.Diagnostics;

namespace LoyaltyRules.Testing.Postgres;

/// <summary>
/// Drives <c>build/postgres.sh</c>, the one implementation of the private PostgreSQL cluster that
/// <c>./build.sh run</c> and <c>./build.sh test</c> use as well.
/// </summary>
internal static class ClusterScript
{
    /// <summary>
    /// Starts a throwaway cluster in <paramref name="clusterFolder"/> and returns its connection string.
    /// The script's watchdog stops and deletes it if this process dies before <see cref="StopAsync"/>.
    /// </summary>
    public static async Task<string> StartAsync(string clusterFolder, CancellationToken cancellationToken)
    {
        var output = await RunAsync(
            ["start", clusterFolder, "--throwaway", "--owner-pid", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)],
            cancellationToken).ConfigureAwait(false);
        var connectionString = output.Trim();
        if (!connectionString.StartsWith("Host=", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"build/postgres.sh start printed no connection string; it printed: '{connectionString}'");
        }

        return connectionString;
    }

    /// <summary>Stops the cluster in <paramref name="clusterFolder"/> and deletes it.</summary>
    public static Task StopAsync(string clusterFolder) => RunAsync(["stop", clusterFolder], CancellationToken.None);

    private static async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var script = RepositoryLayout.PathOf("build", "postgres.sh");
        var startInfo = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var process = Process.Start(startInfo)
            ?? throw new InvalidOperationException($"Could not start bash to run {script}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"build/postgres.sh {string.Join(' ', arguments)} failed with exit code {process.ExitCode}:{Environment.NewLine}{await stderr.ConfigureAwait(false)}");
        }

        return await stdout.ConfigureAwait(false);
    }
}
