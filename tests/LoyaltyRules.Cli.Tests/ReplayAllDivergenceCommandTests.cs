namespace LoyaltyRules.Cli.Tests;

/// <summary><c>replay --all</c> on a store of its own where exactly one customer diverges.</summary>
public sealed class ReplayAllDivergenceCommandTests(CliTestHost host) : IClassFixture<CliTestHost>
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ReplayAll_OneCustomerDiverges_ExitsOneAndReportsEachCustomer()
    {
        foreach (var customer in new[] { "d-1", "d-2" })
        {
            await host.PostAsync(CliTestHost.ClientKey, "/customers", new { customerId = customer, enrolledAt = March, segment = "retail" });
        }

        // d-2's purchase falls after a rule set activated after the fact: only its replay differs from the record.
        await host.PostAsync(CliTestHost.ClientKey, "/customers/d-2/events",
            new { kind = "purchase", occurredAt = March.AddDays(2), idempotencyKey = "d-2-a", amount = 1000, currency = "EUR", channel = "card" });
        var source = "program \"Changed\"\n\ncurrency EUR\n\nrule \"Card spend earns 1 point per 5\"\n  when purchase where channel = \"card\" and amount >= 10\n  then award floor(amount / 5) points as \"card spend\"\n";
        var version = await host.PostAsync(CliTestHost.AdminKey, "/rulesets", new { fileName = "changed.loyalty", source });
        await host.PostAsync(CliTestHost.AdminKey, $"/rulesets/{version}/activation", new { effectiveFrom = March.AddDays(1) });
        using var cli = new CliRun();

        var code = cli.RunOn(host.Cli, ["replay", "--host", "http://loyalty.test", "--api-key", CliTestHost.AuditorKey, "--all", "--page-size", "1"]);

        Assert.True(code == 1, cli.Output);
        Assert.Contains("customer d-1: 0 of 1 input diverged", cli.Output, StringComparison.Ordinal);
        Assert.Contains("customer d-2: 1 of 2 inputs diverged", cli.Output, StringComparison.Ordinal);
    }
}
