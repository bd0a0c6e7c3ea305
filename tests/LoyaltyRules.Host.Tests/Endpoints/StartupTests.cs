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
    public void Start_OutsideDevelopmentWithTheDevelopmentKeys_Refuses()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:Loyalty", database.ConnectionString);
            builder.UseSetting("Rules:Path", LoyaltyRules.Testing.RepositoryLayout.PathOf("rules"));
            builder.UseSetting("ApiKeys:Keys:0:Key", "dev-admin-key");
            builder.UseSetting("ApiKeys:Keys:0:Role", "admin");
            builder.UseSetting("ApiKeys:Keys:0:Name", "copied from development");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains("ApiKeys:Keys:0:Key is the development key 'dev-admin-key'", error.Message, StringComparison.Ordinal);
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
            builder.UseSetting("ApiKeys:Keys:0:Key", TestKeys.Admin);
            builder.UseSetting("ApiKeys:Keys:0:Role", "admin");
        });

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }
}
