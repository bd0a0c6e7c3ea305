using System.Text.Json;

namespace LoyaltyRules.Cli.Tests;

/// <summary><c>simulate</c> against the real host: the job followed to the end, both reports written, and every refusal a clear exit code.</summary>
public sealed class SimulateCommandTests(CliTestHost host) : IClassFixture<CliTestHost>
{
    private const string Draft = """
        program "Draft: one point per 5"

        currency EUR

        rule "Card spend earns 1 point per 5"
          when purchase where channel = "card" and amount >= 10
          then award floor(amount / 5) points as "card spend"
        """;

    private static readonly DateTimeOffset February = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private static string[] Args(string draft, string key, params string[] more) =>
        ["simulate", draft, "--host", "http://loyalty.test", "--api-key", key, .. more];

    [Fact]
    public async Task Simulate_RecordedPeriod_FollowsTheJobWritesBothReportsAndPrintsTheSummary()
    {
        await host.PostAsync(CliTestHost.ClientKey, "/customers", new { customerId = "s-1", enrolledAt = February, segment = "retail" });
        await host.PostAsync(CliTestHost.ClientKey, "/customers/s-1/events",
            new { kind = "purchase", occurredAt = February.AddDays(2), idempotencyKey = "s-1-a", amount = 1000, currency = "EUR", channel = "card" });
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);
        var html = Path.Combine(cli.Folder, "report.html");
        var json = Path.Combine(cli.Folder, "report.json");

        var code = cli.RunOn(host.Cli, Args(draft, CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28", "--out", html, "--json", json));

        Assert.True(code == 0, cli.Output);
        Assert.Contains("progress: completed 1/1 customers (100 %)", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 customers simulated (of 1 enrolled by the period's end), 1 changed", cli.Output, StringComparison.Ordinal);
        Assert.Contains("points liability at period end: 100 → 200 (+100)", cli.Output, StringComparison.Ordinal);
        Assert.Contains("most affected: s-1 +100 (Classic → (no tier))", cli.Output, StringComparison.Ordinal);
        Assert.Contains("<svg", File.ReadAllText(html), StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(100, report.RootElement.GetProperty("liability").GetProperty("change").GetInt64());
    }

    [Fact]
    public void Simulate_DraftWithErrors_ExitsOneAndPrintsTheHostsDiagnosticsWithCaret()
    {
        using var cli = new CliRun();
        var draft = cli.Write("typo.loyalty", "program \"Typo\"\nrule \"Card\"\n  when purchase where ammount >= 10\n  then award 1 points\n");

        var code = cli.RunOn(host.Cli, Args(draft, CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28"));

        Assert.True(code == 1, cli.Output);
        Assert.Contains($"{draft}(3,23): error LR3001: unknown attribute 'ammount' of purchase events; did you mean 'amount'?", cli.Output, StringComparison.Ordinal);
        Assert.Contains("                          ^^^^^^^", cli.Output, StringComparison.Ordinal);
        Assert.Contains("1 error; nothing was simulated", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_FromAfterTo_ExitsTwoNamingTheField()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);

        var code = cli.RunOn(host.Cli, Args(draft, CliTestHost.AdminKey, "--from", "2026-03-01", "--to", "2026-02-01"));

        Assert.True(code == 2, cli.Output);
        Assert.Contains("  to: 'to' (2026-02-01) is before 'from' (2026-03-01)", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ClientKey_ExitsTwoSayingTheRoleMayNot()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);

        Assert.Equal(2, cli.RunOn(host.Cli, Args(draft, CliTestHost.ClientKey, "--from", "2026-02-01", "--to", "2026-02-28")));
        Assert.Contains("error: this API key's role may not do that", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_MissingDraftFile_ExitsTwo()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.RunOn(host.Cli, Args(Path.Combine(cli.Folder, "nowhere.loyalty"), CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28")));
        Assert.Contains("nowhere.loyalty' is not a file", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_HostUnreachable_ExitsTwoSayingSo()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);

        var code = cli.Run("simulate", draft, "--host", "http://127.0.0.1:9", "--api-key", "any-key-at-all", "--from", "2026-02-01", "--to", "2026-02-28");

        Assert.True(code == 2, cli.Output);
        Assert.Contains("error: cannot reach the host at http://127.0.0.1:9/", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_OutIntoAMissingFolder_ExitsTwoBeforePosting()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);
        var missing = Path.Combine(cli.Folder, "no-such-folder", "report.html");

        var code = cli.RunOn(host.Cli, Args(draft, CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28", "--out", missing));

        Assert.True(code == 2, cli.Output);
        Assert.Contains($"error: --out {missing}: the folder '{Path.GetDirectoryName(missing)}' does not exist; nothing was simulated", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Simulating", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_ErrorAnswerThatIsNotJson_ExitsTwoSayingSo()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);
        var proxy = new Hosting.CliHost(_ => new HttpClient(new HtmlAnswer()), Interactive: false, TimeSpan.FromMilliseconds(10));

        var code = cli.RunOn(proxy, Args(draft, CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28"));

        Assert.True(code == 2, cli.Output);
        Assert.Contains("error: the host's answer is not the JSON expected:", cli.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Simulate_TimeoutPassed_ExitsTwoSayingTheJobGoesOnOnTheHost()
    {
        using var cli = new CliRun();
        var draft = cli.Write("draft.loyalty", Draft);

        var code = cli.RunOn(host.Cli, Args(draft, CliTestHost.AdminKey, "--from", "2026-02-01", "--to", "2026-02-28", "--timeout", "0"));

        Assert.True(code == 2, cli.Output);
        Assert.Contains("error: the simulation had not finished after 0 s (--timeout); it goes on on the host: GET /simulations/sim-", cli.Output, StringComparison.Ordinal);
    }

    /// <summary>A proxy in front of the host that answers every request with an HTML error page.</summary>
    private sealed class HtmlAnswer : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.UnprocessableEntity)
            {
                Content = new StringContent("<html><body>422 from the proxy</body></html>", System.Text.Encoding.UTF8, "text/html"),
            });
    }
}
