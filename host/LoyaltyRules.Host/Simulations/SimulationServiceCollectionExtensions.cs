using LoyaltyRules.Host.History;
using LoyaltyRules.Host.Measures;
using Marten;

namespace LoyaltyRules.Host.Simulations;

/// <summary>Registers the history reader, the measures and the simulations with their background worker.</summary>
internal static class SimulationServiceCollectionExtensions
{
    public static IServiceCollection AddLoyaltySimulations(this IServiceCollection services)
    {
        services.ConfigureMarten(options => options.Schema.For<SimulationJob>());
        services.AddSingleton<CustomerHistoryReader>();
        services.AddSingleton<MeasuresService>();
        services.AddSingleton<SimulationQueue>();
        services.AddSingleton<SimulationRunner>();
        services.AddHostedService<SimulationWorker>();
        return services;
    }
}
