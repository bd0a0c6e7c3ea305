namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>Smaller versions of a failing text, so a counterexample is reported as short as it fails: fewer lines, then fewer characters.</summary>
internal static class TextShrinker
{
    public static IEnumerable<string> Shrink(string text)
    {
        var lines = text.Split('\n');
        if (lines.Length > 1)
        {
            for (var i = 0; i < lines.Length; i++)
            {
                yield return string.Join('\n', lines.Where((_, j) => j != i));
            }
        }

        for (var chunk = text.Length / 2; chunk >= 1; chunk /= 2)
        {
            for (var start = 0; start + chunk <= text.Length; start += chunk)
            {
                yield return text.Remove(start, chunk);
            }
        }
    }
}
