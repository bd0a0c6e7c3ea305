using System.Globalization;
using System.Text;
using LoyaltyRules.Host.Measures;
using static System.Net.WebUtility;

namespace LoyaltyRules.Host.Simulations;

/// <summary>
/// A simulation's report as one self-contained HTML page: inline styles, inline SVG charts, no
/// scripts, fonts or other files, so it can be mailed or archived as it is. Every text from the
/// draft or the data is HTML-encoded.
/// </summary>
internal static class SimulationHtml
{
    private const string RecordedColour = "#9aa5b1";
    private const string DraftColour = "#1f6feb";
    private static readonly string[] TierColours = ["#c9d1d9", "#8fb8de", "#f2c14e", "#6f42c1", "#2da44e", "#d1495b", "#00798c", "#edae49"];

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:1100px;color:#1f2328;padding:0 1rem}
        h1{font-size:1.5rem;margin-bottom:.25rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.25rem}
        .meta{color:#57606a;font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0}
        .card{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .9rem;min-width:180px}.card b{display:block;font-size:1.3rem}
        .card span{color:#57606a;font-size:.85rem}.up{color:#1a7f37}.down{color:#cf222e}
        table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:right}
        th{background:#f6f8fa}td.text,th.text{text-align:left}td.same{outline:2px solid #57606a;outline-offset:-3px}
        svg.chart{font-size:11px;fill:#57606a;max-width:100%;height:auto}svg .grid{stroke:#eaeef2}
        """;

    /// <summary>The page for <paramref name="job"/>'s <paramref name="report"/>.</summary>
    public static string Render(SimulationJob job, SimulationReport report)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var title = $"What-if: {report.Draft.Program} over {report.Period}";
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{E(title)}</title><style>{Style}</style></head><body>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(title)}</h1><p class=\"meta\">Draft <b>{E(report.Draft.FileName)}</b> (SHA-256 {E(report.Draft.ContentHash[..Math.Min(12, report.Draft.ContentHash.Length)])}…), never stored or activated. ");
        html.Append(CultureInfo.InvariantCulture, $"Simulation {E(job.Id)}, asked by {E(job.RequestedBy)} at {job.RequestedAt:yyyy-MM-dd HH:mm} UTC. ");
        html.Append(report.Sample is { } sample
            ? $"A deterministic sample of {N(report.CustomersSimulated)} of the {N(report.CustomersEnrolled)} customers enrolled by the period's end (asked: {N(sample)}).</p>"
            : $"Every customer enrolled by the period's end: {N(report.CustomersSimulated)}.</p>");

        html.Append("<div class=\"cards\">");
        Card(html, "Points liability of the simulated customers at period end", $"{N(report.Liability.Recorded)} → {N(report.Liability.Draft)}", Change(report.Liability.Change, report.Liability.Recorded));
        Card(html, "Points awarded in the period", $"{N(report.PointsAwarded.Recorded)} → {N(report.PointsAwarded.Draft)}", Change(report.PointsAwarded.Change, report.PointsAwarded.Recorded));
        Card(html, "Customers changed", $"{N(report.CustomersChanged)} of {N(report.CustomersSimulated)}", "");
        Card(html, "Tier moves", $"{N(report.TierMigration.Upgraded)} up, {N(report.TierMigration.Downgraded)} down", $"{N(report.TierMigration.Unchanged)} unchanged");
        Card(html, "Inputs re-evaluated", N(report.Inputs), $"{N(report.RefusedInputs)} refused by the draft; {N(report.Sweeps)} daily sweeps");
        html.Append("</div>");

        Migration(html, report.TierMigration);
        html.Append("<h2>Points distribution at period end</h2>");
        html.Append(SvgCharts.GroupedBars("Customers per points balance, recorded and under the draft", [.. report.Distribution.Select(b => b.Label)],
            [new("recorded", RecordedColour, [.. report.Distribution.Select(b => (long)b.Recorded)]), new("draft", DraftColour, [.. report.Distribution.Select(b => (long)b.Draft)])]));

        Table(html, "Offers, gifts and rates granted in the period", ["Kind", "Code", "Recorded", "Draft", "Change"],
            report.Grants.Select(g => (IReadOnlyList<string>)[g.Kind, g.Code, N(g.Recorded), N(g.Draft), Signed(g.Change)]), textColumns: 2);
        Table(html, "Most affected customers", ["Customer", "Tier recorded", "Tier draft", "Liability recorded", "Liability draft", "Change", "Refused inputs"],
            report.MostAffected.Select(c => (IReadOnlyList<string>)[c.CustomerId, c.TierRecorded, c.TierDraft, N(c.LiabilityRecorded), N(c.LiabilityDraft), Signed(c.LiabilityChange), N(c.Refused)]), textColumns: 3);
        if (report.RefusedInputs > 0)
        {
            Table(html, $"Inputs the draft refused ({N(report.RefusedInputs)})", ["Customer", "Input", "Kind", "Occurred", "Reason"],
                report.Refused.Take(50).Select(r => (IReadOnlyList<string>)[r.CustomerId, r.InputId, r.Kind, r.OccurredAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.Reason]), textColumns: 5);
        }

        if (report.Measures is { } measures)
        {
            Measures(html, measures);
        }

        return html.Append("</body></html>").ToString();
    }

    private static void Migration(StringBuilder html, TierMigration migration)
    {
        html.Append("<h2>Tier migration (rows: recorded tier at period end; columns: tier under the draft, by level)</h2><table><tr><th class=\"text\">recorded ↓ / draft →</th>");
        foreach (var tier in migration.DraftTiers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th>{E(tier)}</th>");
        }

        html.Append("</tr>");
        var max = Math.Max(1, migration.Counts.SelectMany(r => r).DefaultIfEmpty(0).Max());
        for (var i = 0; i < migration.Levels.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><th class=\"text\">{E(migration.RecordedTiers[i])}</th>");
            for (var j = 0; j < migration.Levels.Count; j++)
            {
                var count = migration.Counts[i][j];
                var alpha = count == 0 ? 0 : 0.12 + (0.78 * count / max);
                var ink = alpha > 0.55 ? "#fff" : "#1f2328";
                html.Append(CultureInfo.InvariantCulture,
                    $"<td class=\"{(i == j ? "same" : "cell")}\" style=\"background:rgba(31,111,235,{alpha:0.00});color:{ink}\">{N(count)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</table>");
    }

    private static void Measures(StringBuilder html, ProgramMeasures measures)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>Program measures, {E(measures.Period.ToString())} (recorded history)</h2><div class=\"cards\">");
        Card(html, "Retention", Percent(measures.Retention.Rate), $"{N(measures.Retention.Count)} of {N(measures.Retention.Of)} active in {measures.PreviousPeriod}");
        Card(html, "Repeat purchase rate", Percent(measures.RepeatPurchase.Rate), $"{N(measures.RepeatPurchase.Count)} of {N(measures.RepeatPurchase.Of)} purchasers");
        Card(html, "NPS", measures.Nps.Score is { } score ? score.ToString("0.0", CultureInfo.InvariantCulture) : "–",
            $"{N(measures.Nps.Promoters)} promoters, {N(measures.Nps.Passives)} passives, {N(measures.Nps.Detractors)} detractors");
        Card(html, "Points liability of every customer at period end", N(measures.Liability.Total), $"{N(measures.Liability.Available)} available, {N(measures.Liability.Pending)} pending");
        Card(html, "Active customers", N(measures.ActiveCustomers), $"{N(measures.Liability.Customers)} enrolled");
        html.Append("</div><h2>Customers per tier, month by month</h2>");
        var tiers = measures.TierDistribution.Count == 0 ? [] : measures.TierDistribution[0].Tiers.Select(t => t.Tier).ToList();
        html.Append(SvgCharts.StackedBars("Customers per tier at each month's end", [.. measures.TierDistribution.Select(m => m.Month)],
            [.. tiers.Select((tier, i) => new SvgCharts.Series(tier, TierColours[i % TierColours.Length], [.. measures.TierDistribution.Select(m => (long)m.Tiers[i].Customers)]))]));
    }

    private static void Table(StringBuilder html, string title, IReadOnlyList<string> headings, IEnumerable<IReadOnlyList<string>> rows, int textColumns)
    {
        html.Append(CultureInfo.InvariantCulture, $"<h2>{E(title)}</h2><table><tr>");
        for (var i = 0; i < headings.Count; i++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th{(i < textColumns ? " class=\"text\"" : "")}>{E(headings[i])}</th>");
        }

        var any = false;
        foreach (var row in rows)
        {
            any = true;
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td{(i < textColumns ? " class=\"text\"" : "")}>{E(row[i])}</td>");
            }

            html.Append("</tr>");
        }

        html.Append(any ? "</table>" : $"<tr><td class=\"text\" colspan=\"{headings.Count}\">none</td></tr></table>");
    }

    private static void Card(StringBuilder html, string label, string value, string note) =>
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"card\"><span>{E(label)}</span><b>{E(value)}</b><span>{note}</span></div>");

    /// <summary>A change as signed text in green or red, with its share of <paramref name="of"/> (already encoded).</summary>
    private static string Change(long change, long of)
    {
        var share = of == 0 ? "" : $" ({(double)change / Math.Abs(of):+0.0%;-0.0%;0.0%})".Replace("%", " %", StringComparison.Ordinal);
        return $"<span class=\"{(change > 0 ? "up" : change < 0 ? "down" : "same")}\">{E(Signed(change) + share)}</span>";
    }

    private static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %" : "–";

    private static string Signed(long value) => value > 0 ? "+" + N(value) : N(value);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string E(string text) => HtmlEncode(text);
}
