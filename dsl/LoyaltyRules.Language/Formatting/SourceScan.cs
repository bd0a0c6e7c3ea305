namespace LoyaltyRules.Language.Formatting;

/// <summary>Looks around a comment in the source: the token before it on its line, the token after it, blank lines.</summary>
internal static class SourceScan
{
    /// <summary>
    /// The offset of the last character of the token before <paramref name="commentStart"/> on the
    /// same line, or -1 when the comment is alone on its line.
    /// </summary>
    public static int PreviousToken(string text, int commentStart)
    {
        var i = commentStart - 1;
        while (i >= 0 && text[i] != '\n' && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i >= 0 && text[i] != '\n' ? i : -1;
    }

    /// <summary>
    /// The offset where the next token after <paramref name="from"/> starts, passing over whitespace
    /// and the comments in <paramref name="commentEnds"/> (by start offset), or -1 when none follows.
    /// </summary>
    public static int NextToken(string text, int from, IReadOnlyDictionary<int, int> commentEnds)
    {
        var i = from;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
            }
            else if (commentEnds.TryGetValue(i, out var end))
            {
                i = end;
            }
            else
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Whether the line just above the one holding <paramref name="offset"/> is blank.</summary>
    public static bool BlankLineBefore(SourceText source, int offset)
    {
        var line = source.PositionOf(offset).Line;
        return line > 1 && string.IsNullOrWhiteSpace(source.LineText(line - 1));
    }

    /// <summary>Whether the line just below the one holding <paramref name="offset"/> is blank.</summary>
    public static bool BlankLineAfter(SourceText source, int offset)
    {
        var line = source.PositionOf(offset).Line;
        return line < source.LineCount && string.IsNullOrWhiteSpace(source.LineText(line + 1));
    }
}
