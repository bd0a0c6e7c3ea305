using System.Globalization;
using System.Text;

namespace LoyaltyRules.Benchmarks.Language;

/// <summary>
/// Writes a large, realistic program: partner-merchant earn rules (most of them), category bonuses
/// by tier, preferential rates, saver bonuses, win-back sweeps and service recovery — the mix a
/// bank or retailer with thousands of partners would have. Deterministic: the same count gives the
/// same text. The program compiles without errors or warnings.
/// </summary>
internal static class ProgramGenerator
{
    public static string Generate(int rules)
    {
        var text = new StringBuilder(rules * 160);
        text.Append(CultureInfo.InvariantCulture, $"""
            # A generated program of {rules} rules.
            program "Generated partner network"

            currency EUR
            points expire after 24 months
            review tiers every 12 months grace 30 days

            const online_channels = ["card", "online", "app"]
            const premium_categories = ["travel", "dining", "fuel", "electronics"]

            condition regular_saver = sum of deposit amount within 3 months >= 3000 EUR
            condition engaged = count of purchase within 30 days >= 4

            tier Classic default
            tier Silver when points earned within 12 months >= 10000
            tier Gold when points earned within 12 months >= 50000
            tier Platinum when points earned within 12 months >= 150000


            """);
        for (var i = 0; i < rules; i++)
        {
            Rule(text, i);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Rule(StringBuilder text, int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        switch (i % 20)
        {
            case < 12:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Partner {n}\"\n  priority {i % 5}\n  tags partner\n");
                text.Append(CultureInfo.InvariantCulture, $"  when purchase where merchant = \"partner-{n}\" and amount >= {5 + (i % 40)} EUR");
                text.Append(i % 3 == 0 ? " and channel in online_channels\n" : "\n");
                text.Append(CultureInfo.InvariantCulture, $"  then award floor(amount * {1 + (i % 4)} / 10) points as \"partner {n}\"");
                text.Append(i % 4 == 0 ? " capped at 5000 points per month\n" : "\n");
                if (i % 7 == 0)
                {
                    text.Append("  once per 30 days\n");
                }

                break;
            case < 15:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Category bonus {n}\"\n");
                text.Append(CultureInfo.InvariantCulture, $"  when purchase where category = \"category-{n}\" and customer.tier >= {Tier(i)} and engaged");
                text.Append(i % 2 == 0 ? " and merchant not in premium_categories\n" : "\n");
                text.Append(CultureInfo.InvariantCulture, $"  then award floor(amount / {2 + (i % 9)}) points as \"category {n}\"\n");
                break;
            case < 17:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Rate {n}\"\n");
                text.Append(CultureInfo.InvariantCulture, $"  when loan_application where product = \"product-{n}\" and customer.tenure >= {1 + (i % 5)} years and customer.tier = {Tier(i)}\n");
                text.Append(CultureInfo.InvariantCulture, $"  then offer rate discount {10 + (i % 40)} bp on \"product-{n}\" for 90 days\n");
                break;
            case 17:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Saver {n}\"\n");
                text.Append(CultureInfo.InvariantCulture, $"  when deposit where product = \"savings-{n}\" and amount >= {100 + i} EUR and regular_saver\n");
                text.Append(CultureInfo.InvariantCulture, $"  then award round(amount * 1%) points as \"saver {n}\" pending 14 days\n");
                break;
            case 18:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Win back {n}\"\n  once per 365 days\n");
                text.Append(CultureInfo.InvariantCulture, $"  when no purchase for {60 + (i % 60)} days and customer.segment = \"segment-{n}\" and customer.lifetime_deposits >= 1000 EUR\n");
                text.Append(CultureInfo.InvariantCulture, $"  then offer \"WINBACK-{n}\" valid 30 days\n  and notify \"winback-{n}\"\n");
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"rule \"Service recovery {n}\"\n");
                text.Append(CultureInfo.InvariantCulture, $"  when survey where nps <= {i % 7} and channel = \"branch-{n}\"\n");
                text.Append(CultureInfo.InvariantCulture, $"  then grant gift \"voucher-{n}\" valid 60 days\n  and tag customer as \"detractor\"\n");
                break;
        }
    }

    private static string Tier(int i) => (i % 3) switch { 0 => "Silver", 1 => "Gold", _ => "Platinum" };
}
