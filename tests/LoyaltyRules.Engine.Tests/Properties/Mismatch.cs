using System.Text;

namespace LoyaltyRules.Engine.Tests.Properties;

/// <summary>Compares expected and actual lines and describes the difference for an assertion message.</summary>
internal static class Mismatch
{
    /// <summary>Null when equal (as sequences when <paramref name="ordered"/>, else as multisets); otherwise what differs.</summary>
    public static string? Describe(IReadOnlyList<string> expected, IReadOnlyList<string> actual, bool ordered)
    {
        var equal = ordered
            ? expected.SequenceEqual(actual, StringComparer.Ordinal)
            : expected.Order(StringComparer.Ordinal).SequenceEqual(actual.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        if (equal)
        {
            return null;
        }

        var text = new StringBuilder();
        text.Append("expected (").Append(expected.Count).Append("):\n").Append(Numbered(expected));
        text.Append("actual (").Append(actual.Count).Append("):\n").Append(Numbered(actual));
        text.Append("missing from actual: ").Append(Difference(expected, actual)).Append('\n');
        text.Append("unexpected in actual: ").Append(Difference(actual, expected)).Append('\n');
        return text.ToString();
    }

    private static string Numbered(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? "    (none)\n" : string.Concat(lines.Select((line, i) => $"    {i + 1}. {line}\n"));

    /// <summary>The multiset difference <paramref name="left"/> minus <paramref name="right"/>.</summary>
    private static string Difference(IReadOnlyList<string> left, IReadOnlyList<string> right)
    {
        var remaining = right.GroupBy(line => line, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var extra = new List<string>();
        foreach (var line in left)
        {
            if (remaining.TryGetValue(line, out var count) && count > 0)
            {
                remaining[line] = count - 1;
            }
            else
            {
                extra.Add(line);
            }
        }

        return extra.Count == 0 ? "(none)" : string.Join("; ", extra);
    }
}
