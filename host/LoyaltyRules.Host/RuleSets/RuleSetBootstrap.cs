using LoyaltyRules.Host.Configuration;
using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.RuleSets;

/// <summary>
/// At start-up, when no rule set was ever activated, stores the sample program named by
/// <see cref="RulesOptions"/> and activates it from the beginning of time. A sample that does not
/// compile stops the host with its diagnostics.
/// </summary>
internal sealed class RuleSetBootstrap(RuleSetCatalog catalog, IOptions<RulesOptions> options, IHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetFullPath(options.Value.Path, environment.ContentRootPath), options.Value.Program);
        var source = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        await catalog.EnsureActiveAsync(options.Value.Program, source, cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
