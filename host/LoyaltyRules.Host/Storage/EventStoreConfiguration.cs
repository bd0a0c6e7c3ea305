using JasperFx;
using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Schema;

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

        // Every event type a stream can hold, known up front so any host can read any stream.
        options.Events.AddEventTypes(StoredEventTypes.All);

        // The customer state is updated in the same transaction as every append to the customer's stream.
        options.Projections.Add(new CustomerStateProjection(), ProjectionLifecycle.Inline);

        // An idempotency key is found by index (and can only be recorded once per customer).
        options.Schema.For<RecordedInput>()
            .Duplicate(r => r.CustomerId)
            .Duplicate(r => r.IdempotencyKey)
            .UniqueIndex(UniqueIndexType.DuplicatedField, r => r.CustomerId, r => r.IdempotencyKey);

        // Schema objects are created on start-up (ApplyAllDatabaseChangesOnStartup), never altered
        // behind the back of a running host.
        options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
    }
}
