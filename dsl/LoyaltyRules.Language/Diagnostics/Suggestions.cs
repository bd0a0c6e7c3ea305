namespace LoyaltyRules.Language;

/// <summary>"Did you mean …?": the known name closest to a misspelt one.</summary>
internal static class Suggestions
{
    /// <summary>
    /// <c>; did you mean 'x'?</c> for the candidate closest to <paramref name="written"/> (edit distance,
    /// transpositions counted once, at most a third of the word), or "" when none is close.
    /// </summary>
    public static string DidYouMean(string written, IEnumerable<string> candidates)
    {
        var best = Closest(written, candidates);
        return best is null ? "" : $"; did you mean '{best}'?";
    }

    /// <summary>The candidate closest to <paramref name="written"/>, or null when none is close enough.</summary>
    public static string? Closest(string written, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(written);
        string? best = null;
        var bestDistance = int.MaxValue;
        var limit = Math.Max(1, written.Length / 3);
        foreach (var candidate in candidates.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (candidate == written)
            {
                continue;
            }

            var distance = Distance(written.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
