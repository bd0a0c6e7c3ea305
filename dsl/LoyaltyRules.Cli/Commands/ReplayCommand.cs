using System.CommandLine;
using System.Text.Json;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Cli.Output;

namespace LoyaltyRules.Cli.Commands;

/// <summary>
/// <c>replay --customer ID</c> or <c>replay --all</c>: asks the host to re-run recorded histories with the
/// rule-set versions in force at the time and prints, per input, identical or diverged with the differences.
/// Exit 0 when everything replays identically, 1 on any divergence, 2 for usage, connection and host errors.
/// </summary>
internal static class ReplayCommand
{
    public static Command Create(Func<ParseResult, Terminal> terminal, CliHost host)
    {
        var customer = new Option<string?>("--customer") { Description = "Replay this customer's history." };
        var all = new Option<bool>("--all") { Description = "Replay every customer's history, a page at a time." };
        var pageSize = new Option<int>("--page-size") { Description = "With --all: customers per request (default 100).", DefaultValueFactory = _ => 100 };
        var command = new Command("replay", "Replay recorded histories on a host and report where the replay differs from the record.") { customer, all, pageSize };
        host.Connection.AddTo(command);
        command.SetAction(result =>
        {
            var output = terminal(result);
            var id = result.GetValue(customer);
            var everyone = result.GetValue(all);
            if ((id is null) == !everyone)
            {
                output.WriteLine(output.Red("error: say which histories to replay: --customer ID or --all (not both)"));
                return CliApplication.UsageError;
            }

            var (client, error) = host.Connection.Connect(result, host.Connect);
            if (client is null)
            {
                output.WriteLine(output.Red("error: " + error));
                return CliApplication.UsageError;
            }

            using (client)
            {
                return HostCommand.Run(output, () => id is not null ? OneAsync(client, output, id) : AllAsync(client, output, Math.Clamp(result.GetValue(pageSize), 1, 1000)));
            }
        });
        return command;
    }

    private static async Task<int> OneAsync(HostClient client, Terminal output, string customerId)
    {
        var answer = await client.GetAsync($"/audit/customers/{Uri.EscapeDataString(customerId)}/replay", CancellationToken.None).ConfigureAwait(false);
        if (!answer.IsSuccess)
        {
            return HostCommand.Refused(output, answer);
        }

        var diverged = Print(output, answer.Json(), everyInput: true);
        return diverged > 0 ? CliApplication.Findings : CliApplication.Ok;
    }

    private static async Task<int> AllAsync(HostClient client, Terminal output, int pageSize)
    {
        int customers = 0, divergedCustomers = 0;
        string? after = null;
        do
        {
            var query = $"/audit/replay?limit={pageSize}" + (after is null ? "" : "&after=" + Uri.EscapeDataString(after));
            var answer = await client.GetAsync(query, CancellationToken.None).ConfigureAwait(false);
            if (!answer.IsSuccess)
            {
                return HostCommand.Refused(output, answer);
            }

            var page = answer.Json();
            foreach (var report in page.GetProperty("customers").EnumerateArray())
            {
                customers++;
                divergedCustomers += Print(output, report, everyInput: false) > 0 ? 1 : 0;
            }

            after = page.TryGetProperty("next", out var next) && next.ValueKind == JsonValueKind.String ? next.GetString() : null;
        }
        while (after is not null);

        var summary = $"{CheckCommand.Count(customers, "customer")} replayed: {divergedCustomers} diverged";
        output.WriteLine(divergedCustomers > 0 ? output.Red(summary) : output.Green(summary));
        return divergedCustomers > 0 ? CliApplication.Findings : CliApplication.Ok;
    }

    /// <summary>Prints one customer's replay (every input, or only the diverged ones); returns how many inputs diverged.</summary>
    private static int Print(Terminal output, JsonElement report, bool everyInput)
    {
        var customerId = report.GetProperty("customerId").GetString();
        var diverged = report.GetProperty("diverged").GetInt32();
        var inputs = report.GetProperty("inputs").GetInt32();
        if (everyInput || diverged > 0)
        {
            output.WriteLine(output.Bold($"customer {customerId}"));
        }

        foreach (var entry in report.GetProperty("entries").EnumerateArray())
        {
            var identical = entry.GetProperty("identical").GetBoolean();
            if (identical && !everyInput)
            {
                continue;
            }

            var at = entry.GetProperty("occurredAt").GetDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            var head = $"  {entry.GetProperty("eventId").GetString(),5} {entry.GetProperty("kind").GetString(),-18} {at}  ";
            output.WriteLine(head + (identical
                ? output.Green("identical")
                : output.Red($"diverged (recorded {Version(entry, "recordedVersion")}, replayed {Version(entry, "replayedVersion")})")));
            foreach (var difference in entry.GetProperty("differences").EnumerateArray())
            {
                output.WriteLine("        " + difference.GetString());
            }
        }

        var summary = $"customer {customerId}: {diverged} of {CheckCommand.Count(inputs, "input")} diverged";
        output.WriteLine(diverged > 0 ? output.Red(summary) : everyInput ? output.Green(summary) : summary);
        return diverged;
    }

    private static string Version(JsonElement entry, string name) =>
        entry.TryGetProperty(name, out var version) && version.ValueKind == JsonValueKind.String ? version.GetString()! : "none";
}
