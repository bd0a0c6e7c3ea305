extern alias host;

using System.Net.Http.Json;
using LoyaltyRules.Cli.Hosting;
using LoyaltyRules.Testing;
using LoyaltyRules.Testing.Postgres;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LoyaltyRules.Cli.Tests;

/// <summary>
/// The real host, in memory, on a database of its own with the repository's sample rules, for the
/// commands that talk to a host: the CLI is handed the host's HTTP client instead of opening one.
/// </summary>
public sealed class CliTestHost(PostgresServer server) : IAsyncLifetime
{
    public const string AdminKey = "cli-admin-key-0001";
    public const string ClientKey = "cli-client-key-0001";
    public const string AuditorKey = "cli-auditor-key-0001";

    private TestDatabase? _database;
    private Factory? _factory;

    /// <summary>How the CLI reaches the in-memory host: whatever address it is given.</summary>
    internal CliHost Cli => new(_ => _factory!.CreateClient(), Interactive: false, TimeSpan.FromMilliseconds(50));

    public async ValueTask InitializeAsync()
    {
        _database = await server.CreateDatabaseAsync("cli", TestContext.Current.CancellationToken);
        _factory = new Factory(_database.ConnectionString);
    }

    /// <summary>Posts as a client system would, with <paramref name="key"/>; returns the answer's event id when there is one.</summary>
    public async Task<string?> PostAsync(string key, string path, object body)
    {
        using var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        using var response = await client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);
        var answer = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {answer}");
        return answer.TryGetProperty("eventId", out var id) ? id.GetString() : answer.TryGetProperty("version", out var version) ? version.GetString() : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private sealed class Factory(string connectionString) : WebApplicationFactory<host::Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Loyalty", connectionString);
            builder.UseSetting("Rules:Path", RepositoryLayout.PathOf("rules"));
            builder.UseSetting("Sweeps:Daily", "false");
            string[][] keys = [[AdminKey, "admin"], [ClientKey, "client"], [AuditorKey, "auditor"]];
            for (var i = 0; i < keys.Length; i++)
            {
                builder.UseSetting($"ApiKeys:Keys:{i}:Key", keys[i][0]);
                builder.UseSetting($"ApiKeys:Keys:{i}:Role", keys[i][1]);
                builder.UseSetting($"ApiKeys:Keys:{i}:Name", "cli tests " + keys[i][1]);
            }
        }
    }
}
