using LoyaltyRules.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LoyaltyRules.Host.Tests;

/// <summary>The real host, in memory, on a given PostgreSQL database and the repository's sample rules.</summary>
public sealed class LoyaltyHostFactory(string connectionString) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Loyalty", connectionString);
        builder.UseSetting("Rules:Path", RepositoryLayout.PathOf("rules"));
    }
}
