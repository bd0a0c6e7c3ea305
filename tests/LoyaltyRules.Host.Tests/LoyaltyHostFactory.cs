using LoyaltyRules.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LoyaltyRules.Host.Tests;

/// <summary>The real host, in memory, on a given PostgreSQL database and the repository's sample rules.</summary>
/// <summary>The API keys the test host accepts, one per role.</summary>
public static class TestKeys
{
    public const string Admin = "test-admin-key-0001";
    public const string Client = "test-client-key-0001";
    public const string Auditor = "test-auditor-key-0001";

    public static readonly IReadOnlyList<(string Key, string Role)> All = [(Admin, "admin"), (Client, "client"), (Auditor, "auditor")];
}

public sealed class LoyaltyHostFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Loyalty", connectionString);
        builder.UseSetting("Rules:Path", RepositoryLayout.PathOf("rules"));
        builder.UseSetting("Sweeps:Daily", "false");
        for (var i = 0; i < TestKeys.All.Count; i++)
        {
            var (key, role) = TestKeys.All[i];
            builder.UseSetting($"ApiKeys:Keys:{i}:Key", key);
            builder.UseSetting($"ApiKeys:Keys:{i}:Role", role);
            builder.UseSetting($"ApiKeys:Keys:{i}:Name", "tests " + role);
        }
    }
}
