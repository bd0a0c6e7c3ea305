using System.CommandLine;

namespace LoyaltyRules.Cli.Hosting;

/// <summary>
/// How the CLI reaches a LoyaltyRules host: its address and an API key, from <c>--host</c> and
/// <c>--api-key</c> or the environment (<c>LOYALTY_HOST</c>, <c>LOYALTY_API_KEY</c>). The CLI is a
/// client like any other system; it only ever talks to the host over HTTP.
/// </summary>
internal sealed class HostConnection
{
    /// <summary>Where <c>./build.sh run</c> serves the host.</summary>
    public const string DefaultHost = "http://127.0.0.1:5080";

    public HostConnection()
    {
        Host = new Option<string>("--host")
        {
            Description = $"The host's address (default: $LOYALTY_HOST, else {DefaultHost}).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LOYALTY_HOST") is { Length: > 0 } host ? host : DefaultHost,
        };
        ApiKey = new Option<string?>("--api-key")
        {
            Description = "The API key to send in X-Api-Key (default: $LOYALTY_API_KEY).",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LOYALTY_API_KEY") is { Length: > 0 } key ? key : null,
        };
    }

    public Option<string> Host { get; }

    public Option<string?> ApiKey { get; }

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Host);
        command.Options.Add(ApiKey);
    }

    /// <summary>A client for the host the command line names, or the usage error to print.</summary>
    public (HostClient? Client, string? Error) Connect(ParseResult result, Func<Uri, HttpClient> connect)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(connect);
        var host = result.GetValue(Host);
        if (!Uri.TryCreate(host, UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https"))
        {
            return (null, $"'{host}' is not a host address such as {DefaultHost}");
        }

        if (result.GetValue(ApiKey) is not { Length: > 0 } key)
        {
            return (null, "no API key: pass --api-key or set LOYALTY_API_KEY (the simulate command needs an admin key, replay an auditor key)");
        }

        return (new HostClient(connect(address), address, key), null);
    }
}
