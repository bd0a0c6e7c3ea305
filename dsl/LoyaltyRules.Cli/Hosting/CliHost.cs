namespace LoyaltyRules.Cli.Hosting;

/// <summary>What the host commands need besides their arguments: the connection options, how to open a connection, and how to show progress.</summary>
/// <param name="Connect">Opens an HTTP client for a host address (tests hand in the in-memory host's).</param>
/// <param name="Interactive">Whether the output is a terminal (a progress bar) rather than redirected (plain progress lines).</param>
/// <param name="PollInterval">How long to wait between two looks at a running job.</param>
internal sealed record CliHost(Func<Uri, HttpClient> Connect, bool Interactive, TimeSpan PollInterval)
{
    /// <summary>The <c>--host</c> and <c>--api-key</c> options.</summary>
    public HostConnection Connection { get; } = new();

    /// <summary>A real connection: a new HTTP client for the address.</summary>
    public static HttpClient Open(Uri address) => new() { BaseAddress = address, Timeout = TimeSpan.FromSeconds(100) };
}
