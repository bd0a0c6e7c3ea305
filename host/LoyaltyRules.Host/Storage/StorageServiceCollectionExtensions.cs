using LoyaltyRules.Host.Health;
using Marten;

namespace LoyaltyRules.Host.Storage;

/// <summary>Registers the PostgreSQL data source, the Marten event store and the database health check.</summary>
internal static class StorageServiceCollectionExtensions
{
    /// <summary>The connection string name: <c>ConnectionStrings:Loyalty</c> (environment: <c>ConnectionStrings__Loyalty</c>).</summary>
    public const string ConnectionStringName = "Loyalty";

    public static IServiceCollection AddLoyaltyStorage(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL connection string: set ConnectionStrings:{ConnectionStringName} in configuration " +
                $"(or the environment variable ConnectionStrings__{ConnectionStringName}). " +
                "`./build.sh run` starts a private PostgreSQL and sets it for you.");
        }

        services.AddSingleton(_ => LoyaltyDataSource.Create(connectionString));
        services.AddMarten(EventStoreConfiguration.Configure)
            .UseNpgsqlDataSource()
            .ApplyAllDatabaseChangesOnStartup();
        services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgresql");
        return services;
    }
}
