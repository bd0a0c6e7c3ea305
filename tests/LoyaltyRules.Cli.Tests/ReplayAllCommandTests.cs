namespace LoyaltyRules.Cli.Tests;

/// <summary><c>replay --all</c> on a store of its own where every customer replays identically.</summary>
public sealed class ReplayAllCommandTests(CliTestHost host) : IClassFixture<CliTestHost>
{
    private static readonly DateTimeOffset February = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReplayAll_OnePerPageAllIdentical_WalksEveryPageAndExitsZero()
    {
        foreach (var customer in new[] { "r-3", "r-4" })
        {
            await host.PostAsync(CliTestHost.ClientKey, "/customers", new { customerId = customer, enrolledAt = February, segment = "retail" });
            await host.PostAsync(CliTestHost.ClientKey, $"/customers/{customer}/events",
                new { kind = "purchase", occurredAt = February.AddDays(2), idempotencyKey = customer + "-a", amount = 1000, currency = "EUR", channel = "card" });
        }

        using var cli = new CliRun();

        var code = cli.RunOn(host.Cli, ["replay", "--host", "http://loyalty.test", "--api-key", CliTestHost.AuditorKey, "--all", "--page-size", "1"]);

        Assert.True(code == 0, cli.Output);
        Assert.Contains("customer r-3: 0 of 2 inputs diverged", cli.Output, StringComparison.Ordinal);
        Assert.Contains("customer r-4: 0 of 2 inputs diverged", cli.Output, StringComparison.Ordinal);
    }
}
