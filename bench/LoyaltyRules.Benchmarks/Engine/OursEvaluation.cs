using LoyaltyRules.Engine;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>One evaluation with our engine, as a caller would write it.</summary>
internal static class OursEvaluation
{
    public static List<PointsAward> Run(ISessionFactory factory, BenchCustomer customer, BenchTransaction transaction)
    {
        using var session = factory.CreateSession();
        session.Insert(customer);
        session.Insert(transaction);
        session.Fire();
        var results = session.Results;
        var awards = new List<PointsAward>(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            awards.Add((PointsAward)results[i].Value);
        }

        return awards;
    }
}
