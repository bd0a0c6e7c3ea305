using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.Json;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Cli.Output;

namespace LoyaltyRules.Cli.Commands;

/// <summary>
/// <c>simulate &lt;draft.loyalty&gt; --from --to</c>: asks the host what the draft would have changed over a
/// period of recorded history, follows the job with a progress bar, writes the reports and prints a summary.
/// Exit 0 when the simulation completed, 1 when the host rejected the draft (its diagnostics printed), 2 for
/// usage, connection and host errors, a report that cannot be written, or a job still unfinished at the deadline.
/// </summary>
internal static class SimulateCommand
{
    /// <summary>How long the command follows a job unless told otherwise, in seconds (30 minutes).</summary>
    public const int DefaultTimeoutSeconds = 1800;

    public static Command Create(Func<ParseResult, Terminal> terminal, CliHost host)
    {
        var draft = new Argument<string>("draft") { Description = "The draft rule file (*.loyalty); it is sent to the host, never stored or activated." };
        var from = new Option<string>("--from") { Description = "The first day of the period (yyyy-MM-dd).", Required = true };
        var to = new Option<string>("--to") { Description = "The last day of the period, included (yyyy-MM-dd).", Required = true };
        var sample = new Option<int?>("--sample") { Description = "Simulate a deterministic sample of this many customers instead of all." };
        var html = new Option<string?>("--out") { Description = "Write the HTML report to this file." };
        var json = new Option<string?>("--json") { Description = "Write the JSON report to this file." };
        var timeout = new Option<int>("--timeout")
        {
            Description = $"Give up following the job after this many seconds (default {DefaultTimeoutSeconds}, 30 minutes); the job goes on on the host.",
            DefaultValueFactory = _ => DefaultTimeoutSeconds,
        };
        var command = new Command("simulate", "Simulate a draft rule file against the recorded history of a period, on a host.") { draft, from, to, sample, html, json, timeout };
        host.Connection.AddTo(command);
        command.SetAction(result =>
        {
            var output = terminal(result);
            var (client, error) = host.Connection.Connect(result, host.Connect);
            if (client is null)
            {
                output.WriteLine(output.Red("error: " + error));
                return CliApplication.UsageError;
            }

            using (client)
            {
                var request = new Request(
                    result.GetValue(draft)!, result.GetValue(from)!, result.GetValue(to)!, result.GetValue(sample), result.GetValue(html), result.GetValue(json),
                    TimeSpan.FromSeconds(result.GetValue(timeout)));
                return HostCommand.Run(output, () => RunAsync(request, client, output, host));
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(Request request, HostClient client, Terminal output, CliHost host)
    {
        if (!File.Exists(request.Draft))
        {
            output.WriteLine(output.Red($"error: '{request.Draft}' is not a file"));
            return CliApplication.UsageError;
        }

        if (request.Timeout < TimeSpan.Zero)
        {
            output.WriteLine(output.Red("error: --timeout must be 0 seconds or more"));
            return CliApplication.UsageError;
        }

        foreach (var (option, path) in new[] { ("--out", request.Html), ("--json", request.Json) })
        {
            // Checked before anything is posted: a report with nowhere to go would waste the whole simulation.
            if (path is not null && Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder && !Directory.Exists(folder))
            {
                output.WriteLine(output.Red($"error: {option} {path}: the folder '{folder}' does not exist; nothing was simulated"));
                return CliApplication.UsageError;
            }
        }

        var source = await File.ReadAllTextAsync(request.Draft).ConfigureAwait(false);
        output.WriteLine($"Simulating {request.Draft} from {request.From} to {request.To}{(request.Sample is { } n ? $" on a sample of {n} customers" : "")} on {client.Host}");
        var posted = await client.PostAsync("/simulations", new { fileName = request.Draft, source, from = request.From, to = request.To, sample = request.Sample }, CancellationToken.None).ConfigureAwait(false);
        if (posted.Status == HttpStatusCode.UnprocessableEntity && posted.Json().TryGetProperty("diagnostics", out var diagnostics))
        {
            DiagnosticPrinter.Print(output, HostDiagnostics.From(diagnostics, request.Draft, source));
            output.WriteLine(output.Red($"The host rejected {request.Draft}: {CheckCommand.Count(diagnostics.EnumerateArray().Count(d => d.GetProperty("severity").GetString() == "error"), "error")}; nothing was simulated."));
            return CliApplication.Findings;
        }

        if (posted.Status != HttpStatusCode.Accepted || posted.Location is not { } location)
        {
            return HostCommand.Refused(output, posted);
        }

        var status = await FollowAsync(client, location, output, host, request.Timeout).ConfigureAwait(false);
        if (status is null)
        {
            output.WriteLine(output.Red($"error: the simulation had not finished after {request.Timeout.TotalSeconds:0} s (--timeout); it goes on on the host: GET {location}"));
            return CliApplication.UsageError;
        }

        if (status.Value.GetProperty("status").GetString() != "completed")
        {
            output.WriteLine(output.Red($"error: the simulation failed: {status.Value.GetProperty("error").GetString()}"));
            return CliApplication.UsageError;
        }

        return await WriteAsync(request, client, output, status.Value).ConfigureAwait(false);
    }

    private static async Task<int> WriteAsync(Request request, HostClient client, Terminal output, JsonElement status)
    {
        var report = status.GetProperty("report");
        if (request.Json is { } jsonPath)
        {
            await File.WriteAllTextAsync(jsonPath, JsonSerializer.Serialize(report, Indented)).ConfigureAwait(false);
            output.WriteLine($"wrote {jsonPath}");
        }

        if (request.Html is { } htmlPath)
        {
            var page = await client.GetAsync(status.GetProperty("reportHtml").GetString()!, CancellationToken.None).ConfigureAwait(false);
            if (!page.IsSuccess)
            {
                return HostCommand.Refused(output, page);
            }

            await File.WriteAllTextAsync(htmlPath, page.Body).ConfigureAwait(false);
            output.WriteLine($"wrote {htmlPath}");
        }

        Summarise(output, status.GetProperty("id").GetString()!, report);
        return CliApplication.Ok;
    }

    /// <summary>Follows the job until it completes or fails; null when <paramref name="timeout"/> passes first.</summary>
    private static async Task<JsonElement?> FollowAsync(HostClient client, Uri location, Terminal output, CliHost host, TimeSpan timeout)
    {
        var progress = new ProgressDisplay(output, host.Interactive);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (clock.Elapsed >= timeout)
            {
                progress.Done();
                return null;
            }

            var answer = await client.GetAsync(location.OriginalString, CancellationToken.None).ConfigureAwait(false);
            if (!answer.IsSuccess)
            {
                progress.Done();
                throw new HostUnreachableException($"the host answered {(int)answer.Status} while following {location}: {answer.Problem()}");
            }

            var status = answer.Json();
            var figures = status.GetProperty("progress");
            progress.Show(status.GetProperty("status").GetString()!, figures.GetProperty("customersDone").GetInt32(), figures.GetProperty("customersTotal").GetInt32());
            if (status.GetProperty("status").GetString() is "completed" or "failed")
            {
                progress.Done();
                return status;
            }

            await Task.Delay(host.PollInterval).ConfigureAwait(false);
        }
    }

    private static void Summarise(Terminal output, string id, JsonElement report)
    {
        var migration = report.GetProperty("tierMigration");
        output.WriteLine(output.Bold($"Simulation {id} completed: {N(report, "customersSimulated")} customers simulated " +
            $"(of {N(report, "customersEnrolled")} enrolled by the period's end), {N(report, "customersChanged")} changed"));
        output.WriteLine($"  points liability at period end: {Comparison(output, report.GetProperty("liability"))}");
        output.WriteLine($"  points awarded in the period:   {Comparison(output, report.GetProperty("pointsAwarded"))}");
        output.WriteLine($"  tiers: {N(migration, "upgraded")} up, {N(migration, "downgraded")} down, {N(migration, "unchanged")} unchanged");
        var refused = report.GetProperty("refusedInputs").GetInt32();
        output.WriteLine(refused == 0 ? "  inputs refused by the draft: 0" : output.Yellow($"  inputs refused by the draft: {refused:N0}"));
        var most = report.GetProperty("mostAffected").EnumerateArray().Take(5)
            .Select(c => $"{c.GetProperty("customerId").GetString()} {Signed(c.GetProperty("liabilityChange").GetInt64())} ({c.GetProperty("tierRecorded").GetString()} → {c.GetProperty("tierDraft").GetString()})")
            .ToList();
        if (most.Count > 0)
        {
            output.WriteLine($"  most affected: {string.Join(", ", most)}");
        }
    }

    private static string Comparison(Terminal output, JsonElement figure)
    {
        var change = figure.GetProperty("change").GetInt64();
        var signed = Signed(change);
        return $"{figure.GetProperty("recorded").GetInt64():N0} → {figure.GetProperty("draft").GetInt64():N0} ({(change > 0 ? output.Yellow(signed) : change < 0 ? output.Cyan(signed) : signed)})";
    }

    private static string N(JsonElement element, string name) => element.GetProperty(name).GetInt32().ToString("N0", CultureInfo.InvariantCulture);

    private static string Signed(long value) => value > 0 ? "+" + value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N0", CultureInfo.InvariantCulture);

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    private sealed record Request(string Draft, string From, string To, int? Sample, string? Html, string? Json, TimeSpan Timeout);
}
