namespace LoyaltyRules.Language;

/// <summary>The text of a rule or scenario file and its name, with the offsets of its lines.</summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    /// <summary>A file's text, named <paramref name="path"/> in diagnostics.</summary>
    public SourceText(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(text);
        Path = path;
        Text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = [.. starts];
    }

    /// <summary>The file's name as it is shown in diagnostics.</summary>
    public string Path { get; }

    /// <summary>The whole text.</summary>
    public string Text { get; }

    /// <summary>How many lines the text has (a last line without a line break counts).</summary>
    public int LineCount => _lineStarts.Length;

    /// <summary>The line and column of an offset (offsets past the end map to the end).</summary>
    public LinePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        var line = Array.BinarySearch(_lineStarts, offset);
        if (line < 0)
        {
            line = ~line - 1;
        }

        return new LinePosition(line + 1, offset - _lineStarts[line] + 1);
    }

    /// <summary>The text of a line (1-based), without its line break.</summary>
    public string LineText(int line)
    {
        var start = _lineStarts[line - 1];
        var end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        return Text[start..end].TrimEnd('\r', '\n');
    }

    /// <summary>The text of a span on one line, each run of whitespace (line breaks too) as one space: how labels and explanations quote the source.</summary>
    public string SliceOnOneLine(TextSpan span) =>
        string.Join(' ', Slice(span).Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The text of a span (clamped to the text).</summary>
    public string Slice(TextSpan span) => Text.Substring(Math.Clamp(span.Start, 0, Text.Length), Math.Clamp(span.Length, 0, Text.Length - Math.Clamp(span.Start, 0, Text.Length)));
}
