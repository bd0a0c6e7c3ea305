using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace LoyaltyRules.Host.Simulations;

/// <summary>Bar charts drawn as inline SVG (no scripts, no fonts beyond the page's): grouped bars to compare, stacked bars to show shares.</summary>
internal static class SvgCharts
{
    private const int Height = 220;
    private const int Top = 16;
    private const int Bottom = 56;
    private const int Left = 64;
    private const int Slot = 72;

    /// <summary>One named series of values, one per label, drawn in <paramref name="Colour"/>.</summary>
    public sealed record Series(string Name, string Colour, IReadOnlyList<long> Values);

    /// <summary>Side-by-side bars per label, one per series.</summary>
    public static string GroupedBars(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var svg = Open(title, labels.Count, max);
        var width = (Slot - 16) / Math.Max(1, series.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            for (var s = 0; s < series.Count; s++)
            {
                var value = series[s].Values[i];
                Bar(svg, Left + (i * Slot) + 8 + (s * width), Scale(value, max), width - 2, series[s].Colour, $"{labels[i]} — {series[s].Name}: {N(value)}");
            }
        }

        return Close(svg, labels, series);
    }

    /// <summary>One bar per label, its series stacked bottom-up.</summary>
    public static string StackedBars(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(series);
        var max = Math.Max(1, Enumerable.Range(0, labels.Count).Select(i => series.Sum(s => s.Values[i])).DefaultIfEmpty(0).Max());
        var svg = Open(title, labels.Count, max);
        for (var i = 0; i < labels.Count; i++)
        {
            long below = 0;
            foreach (var part in series)
            {
                var value = part.Values[i];
                Bar(svg, Left + (i * Slot) + 12, Scale(below + value, max) - Scale(below, max), Slot - 24, part.Colour, $"{labels[i]} — {part.Name}: {N(value)}", Scale(below, max));
                below += value;
            }
        }

        return Close(svg, labels, series);
    }

    private static StringBuilder Open(string title, int count, long max)
    {
        var width = Left + (Math.Max(1, count) * Slot) + 16;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" role=\"img\" aria-label=\"{HtmlEncode(title)}\" viewBox=\"0 0 {width} {Height + 24}\" width=\"{width}\" height=\"{Height + 24}\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(title)}</title>");
        foreach (var fraction in (ReadOnlySpan<decimal>)[0m, 0.5m, 1m])
        {
            var y = Baseline - (int)((Height - Top - Bottom) * fraction);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" x2=\"{width - 8}\" y1=\"{y}\" y2=\"{y}\" class=\"grid\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 4}\" text-anchor=\"end\">{N((long)(max * fraction))}</text>");
        }

        return svg;
    }

    private static string Close(StringBuilder svg, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left + (i * Slot) + (Slot / 2)}\" y=\"{Baseline + 16}\" text-anchor=\"middle\">{HtmlEncode(labels[i])}</text>");
        }

        for (var s = 0; s < series.Count; s++)
        {
            var x = Left + (s * 140);
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{Height}\" width=\"12\" height=\"12\" fill=\"{series[s].Colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + 18}\" y=\"{Height + 11}\">{HtmlEncode(series[s].Name)}</text>");
        }

        return svg.Append("</svg>").ToString();
    }

    private static int Baseline => Height - Bottom;

    private static int Scale(long value, long max) => (int)Math.Round((Height - Top - Bottom) * (double)Math.Max(0, value) / max);

    private static void Bar(StringBuilder svg, int x, int height, int width, string colour, string tooltip, int raised = 0) =>
        svg.Append(CultureInfo.InvariantCulture,
            $"<rect x=\"{x}\" y=\"{Baseline - raised - height}\" width=\"{Math.Max(1, width)}\" height=\"{height}\" fill=\"{colour}\"><title>{HtmlEncode(tooltip)}</title></rect>");

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
