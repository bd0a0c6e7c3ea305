using LoyaltyRules.Core.State;
using LoyaltyRules.Host.Storage;
using Marten;

namespace LoyaltyRules.Host.History;

/// <summary>
/// Reads recorded history for reports (simulations, measures): which customers to read, from the
/// documents kept beside the streams, and their streams a page of customers per query. Reads only.
/// </summary>
public sealed class CustomerHistoryReader(IDocumentStore store)
{
    /// <summary>How many customers' streams one query reads.</summary>
    public const int PageSize = 100;

    /// <summary>Every customer enrolled on or before <paramref name="lastDay"/>, in ordinal order of id.</summary>
    public async Task<IReadOnlyList<string>> EnrolledAsync(DateOnly lastDay, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        var ids = await query.Query<CustomerState>()
            .Where(s => s.Enrolled && s.EnrolledOn <= lastDay)
            .Select(s => s.Id)
            .ToListAsync(cancellation).ConfigureAwait(false);
        return [.. ids.Order(StringComparer.Ordinal)];
    }

    /// <summary>Customers enrolled on or before <paramref name="lastDay"/>, in ordinal order of id, after <paramref name="after"/>, at most <see cref="PageSize"/>.</summary>
    public async Task<IReadOnlyList<string>> EnrolledPageAsync(DateOnly lastDay, string? after, CancellationToken cancellation)
    {
        await using var query = store.QuerySession();
        return await query.Query<CustomerState>().Where(s => s.Enrolled && s.EnrolledOn <= lastDay)
            .IdsAfterAsync(after, PageSize, cancellation).ConfigureAwait(false);
    }

    /// <summary>
    /// The streams of <paramref name="customerIds"/> (one query), in the order given; a customer without a stream is left out.
    /// Each stream is read as it is: whether it makes a well-formed history is for the caller to find out, customer by customer.
    /// </summary>
    public async Task<IReadOnlyList<CustomerEvents>> ReadAsync(IReadOnlyCollection<string> customerIds, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        var ids = customerIds.ToArray();
        await using var query = store.QuerySession();
        var events = await query.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey.IsOneOf(ids))
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellation).ConfigureAwait(false);
        var byStream = events.GroupBy(e => e.StreamKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<JasperFx.Events.IEvent>)[.. g.OrderBy(e => e.Version)], StringComparer.Ordinal);
        return [.. ids.Where(byStream.ContainsKey).Select(id => new CustomerEvents(id, byStream[id]))];
    }
}
