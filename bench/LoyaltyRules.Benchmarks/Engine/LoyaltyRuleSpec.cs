using System.Globalization;

namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>
/// One loyalty rule, written once and expressed three ways (our engine, RulesEngine, hand-written C#):
/// a transaction of a kind, optional attribute tests, a minimum amount and customer tier/tenure, and
/// the points it awards (fixed, or the amount divided).
/// </summary>
internal sealed record LoyaltyRuleSpec(
    string Name,
    string Kind,
    string? Channel = null,
    string? Category = null,
    string? Merchant = null,
    string? Product = null,
    decimal MinAmount = 0,
    int MinTier = 0,
    int MinTenure = 0,
    int? FixedPoints = null,
    decimal Divisor = 10)
{
    private static readonly string[] Channels = ["card", "online", "pos", "mobile", "contactless"];
    private static readonly string[] Categories = ["travel", "dining", "grocery", "fuel", "electronics", "fashion", "health", "hotel", "airline", "entertainment"];
    private static readonly string[] LoanKinds = ["loan_drawdown", "repayment", "fee"];
    private static readonly string[] Products = ["business-loan", "mortgage", "personal-loan", "credit-card", "overdraft"];

    /// <summary>The points this rule awards for <paramref name="amount"/>.</summary>
    public int PointsFor(decimal amount) => FixedPoints ?? (int)(amount / Divisor);

    /// <summary>Fifty rules of a retail-banking program: channel earn rates, category bonuses by tier, merchant campaigns, deposits, loans and fees.</summary>
    public static IReadOnlyList<LoyaltyRuleSpec> RetailBanking()
    {
        var rules = new List<LoyaltyRuleSpec>();
        for (var i = 0; i < 10; i++)
        {
            rules.Add(new($"earn-{Channels[i % 5]}-{i}", "purchase", Channel: Channels[i % 5], MinAmount: 10 * (i + 1), Divisor: 10 + i));
        }

        for (var i = 0; i < 10; i++)
        {
            rules.Add(new($"category-{Categories[i]}", "purchase", Category: Categories[i], MinTier: i % 4, Divisor: 5));
        }

        for (var i = 0; i < 10; i++)
        {
            rules.Add(new($"campaign-M{i}", "purchase", Merchant: Numbered("M", i), MinAmount: 50, FixedPoints: 100 * (i + 1)));
        }

        for (var i = 0; i < 10; i++)
        {
            rules.Add(new($"deposit-{i}", "deposit", MinAmount: 1000 * (i + 1), MinTier: i % 3, Divisor: 100));
        }

        for (var i = 0; i < 10; i++)
        {
            rules.Add(new($"loan-{i}", LoanKinds[i % 3], Product: Products[i % 5], MinTenure: i % 4, FixedPoints: 500));
        }

        return rules;
    }

    /// <summary><paramref name="count"/> merchant campaigns, ten per merchant: a purchase at merchant M0 matches exactly ten.</summary>
    public static IReadOnlyList<LoyaltyRuleSpec> Campaigns(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new LoyaltyRuleSpec($"campaign-{i}", "purchase", Merchant: Numbered("M", i / 10), MinAmount: i % 10, FixedPoints: i))];

    private static string Numbered(string prefix, int number) => prefix + number.ToString(CultureInfo.InvariantCulture);
}
