namespace LoyaltyRules.Language;

/// <summary>A range of a source text: a 0-based start offset and a length.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the end.</summary>
    public int End => Start + Length;

    /// <summary>The span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    public static TextSpan FromBounds(int start, int end) => new(start, Math.Max(0, end - start));

    /// <summary>The smallest span covering both.</summary>
    public TextSpan Cover(TextSpan other) => FromBounds(Math.Min(Start, other.Start), Math.Max(End, other.End));

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
