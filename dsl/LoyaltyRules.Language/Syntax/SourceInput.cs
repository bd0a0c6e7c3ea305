using Sprache;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// A Sprache input over the whole source starting at any offset and ending at the end of the
/// declaration being parsed, so that every position the grammar reports is an offset into the file.
/// Moving is O(1) (<see cref="At"/>), and memo tables are only made when asked for (the grammar uses none).
/// It also carries how many brackets enclose the position (<see cref="Depth"/>), so the grammar can
/// refuse nesting too deep for the stack without keeping any state of its own.
/// </summary>
internal sealed class SourceInput : IInput
{
    private Dictionary<object, object>? _memos;

    public SourceInput(string source, int position, int end, int depth = 0)
    {
        Source = source;
        Position = position;
        End = end;
        Depth = depth;
    }

    public string Source { get; }

    public int Position { get; }

    /// <summary>The end of the declaration being parsed: past it the input reads as ended.</summary>
    public int End { get; }

    /// <summary>How many brackets (parentheses, list brackets, call parentheses) enclose this position.</summary>
    public int Depth { get; }

    public bool AtEnd => Position >= End;

    public char Current => AtEnd ? '\0' : Source[Position];

    public int Line => 0;

    public int Column => 0;

    public IDictionary<object, object> Memos => _memos ??= [];

    public IInput Advance() =>
        AtEnd ? throw new InvalidOperationException("The input is already at its end.") : new SourceInput(Source, Position + 1, End, Depth);

    /// <summary>The same input at another position.</summary>
    public SourceInput At(int position) => position == Position ? this : new SourceInput(Source, position, End, Depth);

    /// <summary>The input at <paramref name="position"/>, just inside an opening bracket.</summary>
    public SourceInput Inside(int position) => new(Source, position, End, Depth + 1);

    /// <summary>The input at <paramref name="position"/>, just after a closing bracket.</summary>
    public SourceInput Outside(int position) => new(Source, position, End, Depth - 1);

    public bool Equals(IInput? other) => other is SourceInput input && ReferenceEquals(input.Source, Source) && input.Position == Position;

    public override bool Equals(object? obj) => Equals(obj as IInput);

    public override int GetHashCode() => HashCode.Combine(Source, Position);
}
