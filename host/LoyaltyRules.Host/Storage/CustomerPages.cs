using LoyaltyRules.Core.State;
using Marten;

namespace LoyaltyRules.Host.Storage;

/// <summary>Walking the customers a page at a time, by their state documents, in ordinal order of id (a cursor, not an offset: a page never skips or repeats a customer).</summary>
internal static class CustomerPages
{
    /// <summary>Up to <paramref name="take"/> ids of the customers in <paramref name="states"/> whose id comes after <paramref name="after"/> (from the first when null), in order.</summary>
    public static Task<IReadOnlyList<string>> IdsAfterAsync(this IQueryable<CustomerState> states, string? after, int take, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(states);
        if (after is not null)
        {
            states = states.Where(s => string.Compare(s.Id, after) > 0);
        }

        return states.OrderBy(s => s.Id).Select(s => s.Id).Take(take).ToListAsync(cancellation);
    }
}
