using System.Globalization;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// Buckets point balances for the distribution chart: one bucket for negative balances (when there
/// are any), then equal ranges from 0 whose width is 1, 2 or 5 times a power of ten, at most
/// <see cref="MaxBuckets"/> of them, the same for both sides so the bars compare.
/// </summary>
internal static class PointsHistogram
{
    /// <summary>The most buckets from 0 up.</summary>
    public const int MaxBuckets = 10;

    /// <summary>The buckets for <paramref name="balances"/> (recorded, draft), one pair per customer.</summary>
    public static IReadOnlyList<HistogramBucket> Build(IReadOnlyList<(long Recorded, long Draft)> balances)
    {
        ArgumentNullException.ThrowIfNull(balances);
        if (balances.Count == 0)
        {
            return [];
        }

        var max = Math.Max(0, balances.Max(b => Math.Max(b.Recorded, b.Draft)));
        var width = Width(max);
        var count = (int)(max / width) + 1;
        var recorded = new int[count];
        var draft = new int[count];
        int negativeRecorded = 0, negativeDraft = 0;
        foreach (var (before, after) in balances)
        {
            Count(before, width, recorded, ref negativeRecorded);
            Count(after, width, draft, ref negativeDraft);
        }

        var buckets = new List<HistogramBucket>(count + 1);
        if (negativeRecorded + negativeDraft > 0)
        {
            buckets.Add(new HistogramBucket("< 0", null, -1, negativeRecorded, negativeDraft));
        }

        for (var i = 0; i < count; i++)
        {
            var from = i * width;
            var to = from + width - 1;
            var label = width == 1 ? Format(from) : $"{Format(from)}–{Format(to)}";
            buckets.Add(new HistogramBucket(label, from, to, recorded[i], draft[i]));
        }

        return buckets;
    }

    /// <summary>The smallest 1, 2 or 5 × 10^k such that <see cref="MaxBuckets"/> buckets of it cover 0 to <paramref name="max"/>.</summary>
    internal static long Width(long max)
    {
        for (long power = 1; ; power *= 10)
        {
            foreach (var step in (ReadOnlySpan<long>)[1, 2, 5])
            {
                if ((max / (step * power)) + 1 <= MaxBuckets)
                {
                    return step * power;
                }
            }
        }
    }

    private static void Count(long balance, long width, int[] buckets, ref int negative)
    {
        if (balance < 0)
        {
            negative++;
        }
        else
        {
            buckets[balance / width]++;
        }
    }

    private static string Format(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
