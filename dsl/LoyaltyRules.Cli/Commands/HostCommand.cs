using System.Net;
using System.Text.Json;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Cli.Output;

namespace LoyaltyRules.Cli.Commands;

/// <summary>What the commands that talk to a host share: running them, and reporting a refusal or an unreachable host.</summary>
internal static class HostCommand
{
    /// <summary>
    /// Runs <paramref name="run"/>; an unreachable host, an answer that is not the JSON expected, or a file that cannot be
    /// written is a clear message and exit 2 (never exit 1, which says the host found fault with what was sent).
    /// </summary>
    public static int Run(Terminal output, Func<Task<int>> run)
    {
        try
        {
            return run().GetAwaiter().GetResult();
        }
        catch (HostUnreachableException ex)
        {
            output.WriteLine(output.Red("error: " + ex.Message));
            return CliApplication.UsageError;
        }
        catch (JsonException ex)
        {
            output.WriteLine(output.Red($"error: the host's answer is not the JSON expected: {ex.Message}"));
            return CliApplication.UsageError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            output.WriteLine(output.Red($"error: cannot write: {ex.Message}"));
            return CliApplication.UsageError;
        }
    }

    /// <summary>Prints what the host refused and why; exit 2.</summary>
    public static int Refused(Terminal output, HostResponse response)
    {
        var why = response.Status switch
        {
            HttpStatusCode.Unauthorized => "the host does not know this API key",
            HttpStatusCode.Forbidden => "this API key's role may not do that",
            _ => $"the host answered {(int)response.Status}",
        };
        output.WriteLine(output.Red($"error: {why}: {response.Problem()}"));
        return CliApplication.UsageError;
    }
}
