using System.Globalization;
using LoyaltyRules.Host.Simulations;

namespace LoyaltyRules.Host.Tests.Simulations;

/// <summary>Which customers a sample holds: always the same ones, whatever order they are listed in.</summary>
public sealed class SamplingTests
{
    private static readonly IReadOnlyList<string> Customers = [.. Enumerable.Range(1, 100).Select(i => "c-" + i.ToString("000", CultureInfo.InvariantCulture))];

    [Fact]
    public void Take_FiveOfAHundred_ChoosesTheIdsWhoseSha256IsLowest()
    {
        // Worked out apart from the code: the first 8 bytes of SHA-256 of each id, big-endian, lowest five.
        Assert.Equal(["c-025", "c-043", "c-062", "c-073", "c-092"], Sampling.Take(Customers, 5));
    }

    [Fact]
    public void Take_SameCustomersInAnotherOrder_ChoosesTheSameSample()
    {
        var shuffled = Customers.OrderBy(id => id.GetHashCode(StringComparison.Ordinal)).Reverse().ToList();

        Assert.Equal(Sampling.Take(Customers, 10), Sampling.Take(shuffled, 10));
    }

    [Fact]
    public void Take_LargerSample_ContainsTheSmallerOne()
    {
        Assert.Superset(Sampling.Take(Customers, 5).ToHashSet(StringComparer.Ordinal), Sampling.Take(Customers, 20).ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Take_MoreThanThereAre_TakesEveryone()
    {
        Assert.Equal(Customers, Sampling.Take(Customers, 1000));
    }
}
