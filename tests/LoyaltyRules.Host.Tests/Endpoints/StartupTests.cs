using LoyaltyRules.Testing.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Tests.Endpoints;

public sealed class StartupTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [Fact]
    public void Start_WithoutConnectionString_FailsNamingTheSetting()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Loyalty", "");
        });

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:Loyalty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_RulesFolderMissing_FailsNamingTheFolder()
    {
        var missing = Path.Combine(Path.GetTempPath(), "loyaltyrules-no-such-folder-" + Guid.NewGuid().ToString("N"));
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString);
            builder.UseSetting("Rules:Path", missing);
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
