namespace LoyaltyRules.Benchmarks.Engine;

/// <summary>
/// The fifty rules of <see cref="LoyaltyRuleSpec.RetailBanking"/> as a developer would write them by
/// hand: a switch on the transaction kind, then the tests of each rule in declaration order. The
/// floor our engine is measured against; setup checks that both produce the same awards.
/// </summary>
internal static class HandwrittenRules
{
    public static void Evaluate(BenchCustomer c, BenchTransaction t, List<PointsAward> awards)
    {
        switch (t.Kind)
        {
            case "purchase":
                if (t.Channel == "card" && t.Amount >= 10m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 10m), "earn-card-0"));
                }

                if (t.Channel == "online" && t.Amount >= 20m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 11m), "earn-online-1"));
                }

                if (t.Channel == "pos" && t.Amount >= 30m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 12m), "earn-pos-2"));
                }

                if (t.Channel == "mobile" && t.Amount >= 40m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 13m), "earn-mobile-3"));
                }

                if (t.Channel == "contactless" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 14m), "earn-contactless-4"));
                }

                if (t.Channel == "card" && t.Amount >= 60m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 15m), "earn-card-5"));
                }

                if (t.Channel == "online" && t.Amount >= 70m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 16m), "earn-online-6"));
                }

                if (t.Channel == "pos" && t.Amount >= 80m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 17m), "earn-pos-7"));
                }

                if (t.Channel == "mobile" && t.Amount >= 90m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 18m), "earn-mobile-8"));
                }

                if (t.Channel == "contactless" && t.Amount >= 100m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 19m), "earn-contactless-9"));
                }

                if (t.Category == "travel")
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-travel"));
                }

                if (t.Category == "dining" && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-dining"));
                }

                if (t.Category == "grocery" && c.Tier >= 2)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-grocery"));
                }

                if (t.Category == "fuel" && c.Tier >= 3)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-fuel"));
                }

                if (t.Category == "electronics")
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-electronics"));
                }

                if (t.Category == "fashion" && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-fashion"));
                }

                if (t.Category == "health" && c.Tier >= 2)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-health"));
                }

                if (t.Category == "hotel" && c.Tier >= 3)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-hotel"));
                }

                if (t.Category == "airline")
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-airline"));
                }

                if (t.Category == "entertainment" && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 5m), "category-entertainment"));
                }

                if (t.Merchant == "M0" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 100, "campaign-M0"));
                }

                if (t.Merchant == "M1" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 200, "campaign-M1"));
                }

                if (t.Merchant == "M2" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 300, "campaign-M2"));
                }

                if (t.Merchant == "M3" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 400, "campaign-M3"));
                }

                if (t.Merchant == "M4" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 500, "campaign-M4"));
                }

                if (t.Merchant == "M5" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 600, "campaign-M5"));
                }

                if (t.Merchant == "M6" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 700, "campaign-M6"));
                }

                if (t.Merchant == "M7" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 800, "campaign-M7"));
                }

                if (t.Merchant == "M8" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 900, "campaign-M8"));
                }

                if (t.Merchant == "M9" && t.Amount >= 50m)
                {
                    awards.Add(new PointsAward(c.Id, 1000, "campaign-M9"));
                }
                break;
            case "deposit":
                if (t.Amount >= 1000m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-0"));
                }

                if (t.Amount >= 2000m && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-1"));
                }

                if (t.Amount >= 3000m && c.Tier >= 2)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-2"));
                }

                if (t.Amount >= 4000m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-3"));
                }

                if (t.Amount >= 5000m && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-4"));
                }

                if (t.Amount >= 6000m && c.Tier >= 2)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-5"));
                }

                if (t.Amount >= 7000m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-6"));
                }

                if (t.Amount >= 8000m && c.Tier >= 1)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-7"));
                }

                if (t.Amount >= 9000m && c.Tier >= 2)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-8"));
                }

                if (t.Amount >= 10000m)
                {
                    awards.Add(new PointsAward(c.Id, (int)(t.Amount / 100m), "deposit-9"));
                }
                break;
            case "loan_drawdown":
                if (t.Product == "business-loan")
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-0"));
                }

                if (t.Product == "credit-card" && c.TenureYears >= 3)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-3"));
                }

                if (t.Product == "mortgage" && c.TenureYears >= 2)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-6"));
                }

                if (t.Product == "overdraft" && c.TenureYears >= 1)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-9"));
                }
                break;
            case "repayment":
                if (t.Product == "mortgage" && c.TenureYears >= 1)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-1"));
                }

                if (t.Product == "overdraft")
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-4"));
                }

                if (t.Product == "personal-loan" && c.TenureYears >= 3)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-7"));
                }
                break;
            case "fee":
                if (t.Product == "personal-loan" && c.TenureYears >= 2)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-2"));
                }

                if (t.Product == "business-loan" && c.TenureYears >= 1)
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-5"));
                }

                if (t.Product == "credit-card")
                {
                    awards.Add(new PointsAward(c.Id, 500, "loan-8"));
                }
                break;
        }
    }
}
