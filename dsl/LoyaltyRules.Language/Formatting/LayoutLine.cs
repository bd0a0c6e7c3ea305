namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// One line of formatted output (without comments), and the range of the source it stands for:
/// a comment whose neighbouring token lies in [<paramref name="OwnedStart"/>, <paramref name="OwnedEnd"/>) goes with this line.
/// </summary>
/// <param name="Indent">Spaces before the text.</param>
/// <param name="Text">The code on the line; a "\n" in it (kept only where a line break changes the meaning) continues it on the next line, indented two more spaces.</param>
/// <param name="OwnedStart">The first source offset the line stands for.</param>
/// <param name="OwnedEnd">The source offset just past the last one it stands for.</param>
internal sealed record LayoutLine(int Indent, string Text, int OwnedStart, int OwnedEnd)
{
    /// <summary>Whether the source offset <paramref name="offset"/> belongs to this line.</summary>
    public bool Owns(int offset) => offset >= OwnedStart && offset < OwnedEnd;
}
