using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// A deterministic sample of customers: those whose ids hash (SHA-256) lowest. The same customers give
/// the same sample on every run and every host, and a larger sample contains a smaller one.
/// </summary>
internal static class Sampling
{
    /// <summary>At most <paramref name="size"/> of <paramref name="customerIds"/>, in ordinal order.</summary>
    public static IReadOnlyList<string> Take(IReadOnlyList<string> customerIds, int size)
    {
        ArgumentNullException.ThrowIfNull(customerIds);
        return customerIds.Count <= size
            ? customerIds
            : [.. customerIds.OrderBy(Rank).ThenBy(id => id, StringComparer.Ordinal).Take(size).Order(StringComparer.Ordinal)];
    }

    private static ulong Rank(string customerId) => BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(customerId)));
}
