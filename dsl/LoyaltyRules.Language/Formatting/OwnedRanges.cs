namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Cuts a declaration's source into the ranges its elements (header, clauses, trigger, actions) stand
/// for. Taken in source order, an element stands for everything from the end of the element before
/// it up to its own end — so the words between elements (<c>when</c>, <c>then</c>, <c>and</c>, a
/// comma) belong to the element they introduce — except a comma written on the line of the element
/// before it (<c>then offer "X",</c>), which stays with that element. The first starts at the
/// declaration's start, the last ends at the declaration's end.
/// </summary>
internal static class OwnedRanges
{
    /// <summary>The range of each span of <paramref name="spans"/>, by index.</summary>
    public static (int Start, int End)[] Of(string text, IReadOnlyList<TextSpan> spans, TextSpan declaration)
    {
        var ranges = new (int Start, int End)[spans.Count];
        var order = Enumerable.Range(0, spans.Count).OrderBy(i => spans[i].Start).ToList();
        var previous = declaration.Start;
        for (var k = 0; k < order.Count; k++)
        {
            var i = order[k];
            var end = k == order.Count - 1 ? declaration.End : Math.Max(previous, AfterComma(text, spans[i].End));
            ranges[i] = (previous, end);
            previous = end;
        }

        return ranges;
    }

    /// <summary>Past a comma that follows <paramref name="end"/> on the same line, or <paramref name="end"/>.</summary>
    private static int AfterComma(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i < text.Length && text[i] == ',' ? i + 1 : end;
    }
}
