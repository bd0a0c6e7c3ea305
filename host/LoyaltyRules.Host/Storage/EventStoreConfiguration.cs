using JasperFx;
using JasperFx.Events;
using Marten;

namespace LoyaltyRules.Host.Storage;

/// <summary>
/// How LoyaltyRules keeps its event streams in PostgreSQL: one stream per customer, keyed by the
/// customer id as text, in a schema of its own. Used by the host and by the storage tests, so both
/// exercise the same configuration.
/// </summary>
internal static class EventStoreConfiguration
{
    /// <summary>The PostgreSQL schema that holds every LoyaltyRules table.</summary>
    public const string SchemaName = "loyalty";

    /// <summary>Applies the LoyaltyRules event-store settings to Marten's options.</summary>
    public static void Configure(StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        options.DatabaseSchemaName = SchemaName;
        options.Events.DatabaseSchemaName = SchemaName;

        // A customer's stream id is the customer id the client systems already use.
        options.Events.StreamIdentity = StreamIdentity.AsString;

        // Schema objects are created on start-up (ApplyAllDatabaseChangesOnStartup), never altered
        // behind the back of a running host.
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    }
}
