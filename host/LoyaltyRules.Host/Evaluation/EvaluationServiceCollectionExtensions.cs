using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Host.Sweeps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LoyaltyRules.Host.Evaluation;

/// <summary>Registers rule-set storage, the store-backed evaluation and the sweeps.</summary>
internal static class EvaluationServiceCollectionExtensions
{
    public static IServiceCollection AddLoyaltyEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<RuleSetCatalog>();
        services.AddSingleton<CustomerLocks>();
        services.AddSingleton<CustomerEvaluator>();
        services.AddSingleton<SweepRunner>();
        services.AddSingleton<Audit.CustomerReplayer>();
        services.AddSingleton<Audit.DecisionExplainer>();
        services.AddOptions<SweepOptions>()
            .Bind(configuration.GetSection(SweepOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The sample rule set is in place before the first request, and before the first sweep.
        services.AddHostedService<RuleSetBootstrap>();
        services.AddHostedService<DailySweepService>();
        return services;
    }
}
