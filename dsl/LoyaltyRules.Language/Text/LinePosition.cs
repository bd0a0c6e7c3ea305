namespace LoyaltyRules.Language;

/// <summary>A position for people: 1-based line and column.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{Line},{Column}";
}
