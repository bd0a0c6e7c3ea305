namespace LoyaltyRules.Cli.Tests;

/// <summary>
/// <c>replay --customer</c> against the real host: identical histories exit 0, a divergence exits 1 with the difference, refusals exit 2.
/// <c>replay --all</c> has classes of its own (<see cref="ReplayAllCommandTests"/>, <see cref="ReplayAllDivergenceCommandTests"/>):
/// this class's store holds a diverging customer.
/// </summary>
public sealed class ReplayCommandTests(CliTestHost host) : IClassFixture<CliTestHost>
{
    private static readonly DateTimeOffset February = new(2026, 2, 1, 9, 0, 0, TimeSpan.Zero);

    private async Task RecordAsync(string customer, DateTimeOffset at)
    {
        await host.PostAsync(CliTestHost.ClientKey, "/customers", new { customerId = customer, enrolledAt = at, segment = "retail" });
        await host.PostAsync(CliTestHost.ClientKey, $"/customers/{customer}/events",
            new { kind = "purchase", occurredAt = at.AddDays(2), idempotencyKey = customer + "-a", amount = 1000, currency = "EUR", channel = "card" });
    }

    private static string[] Args(params string[] more) => ["replay", "--host", "http://loyalty.test", "--api-key", CliTestHost.AuditorKey, .. more];

    [Fact]
    public async Task Replay_RecordedCustomer_ExitsZeroWithEveryInputIdentical()
    {
        await RecordAsync("r-1", February);
        using var cli = new CliRun();

        var code = cli.RunOn(host.Cli, Args("--customer", "r-1"));

        Assert.True(code == 0, cli.Output);
        Assert.Contains("      2 purchase           2026-02-03 09:00:00Z  identical", cli.Output, StringComparison.Ordinal);
        Assert.Contains("customer r-1: 0 of 2 inputs diverged", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replay_RuleSetActivatedAfterTheFact_ExitsOneShowingTheDifference()
    {
        var march = new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
        await RecordAsync("r-2", march);
        var source = "program \"Changed\"\n\ncurrency EUR\n\nrule \"Card spend earns 1 point per 5\"\n  when purchase where channel = \"card\" and amount >= 10\n  then award floor(amount / 5) points as \"card spend\"\n";
        var version = await host.PostAsync(CliTestHost.AdminKey, "/rulesets", new { fileName = "changed.loyalty", source });
        await host.PostAsync(CliTestHost.AdminKey, $"/rulesets/{version}/activation", new { effectiveFrom = march.AddDays(1) });
        using var cli = new CliRun();

        var code = cli.RunOn(host.Cli, Args("--customer", "r-2"));

        Assert.True(code == 1, cli.Output);
        Assert.Contains($"purchase           2026-03-03 09:00:00Z  diverged (recorded v1, replayed {version})", cli.Output, StringComparison.Ordinal);
        Assert.Contains("decision 1: recorded award 100 points by \"Card spend earns 1 point per 10\"", cli.Output, StringComparison.Ordinal);
        Assert.Contains("customer r-2: 1 of 2 inputs diverged", cli.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_UnknownCustomer_ExitsTwoWithTheHostsAnswer()
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.RunOn(host.Cli, Args("--customer", "nobody")));
        Assert.Contains("error: the host answered 404: Unknown customer: There is no customer 'nobody'.", cli.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("--customer", "r-1", "--all")]
    public void Replay_NotExactlyOneOfCustomerOrAll_ExitsTwo(params string[] which)
    {
        using var cli = new CliRun();

        Assert.Equal(2, cli.RunOn(host.Cli, Args(which)));
        Assert.Contains("--customer ID or --all", cli.Output, StringComparison.Ordinal);
    }
}
