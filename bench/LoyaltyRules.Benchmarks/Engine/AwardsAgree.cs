namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>Refuses to benchmark implementations that do not decide the same thing.</summary>
internal static class AwardsAgree
{
    public static void Check(List<PointsAward> expected, params List<PointsAward>[] others)
    {
        if (expected.Count == 0)
        {
            throw new InvalidOperationException("The benchmark transaction matches no rule; it would measure nothing.");
        }

        foreach (var other in others)
        {
            if (!expected.SequenceEqual(other))
            {
                throw new InvalidOperationException(
                    $"Implementations disagree: expected [{string.Join(", ", expected)}] but got [{string.Join(", ", other)}].");
            }
        }
    }
}
