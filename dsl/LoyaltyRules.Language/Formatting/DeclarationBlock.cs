namespace LoyaltyRules.Language.Formatting;

/// <summary>A declaration laid out: its lines in output order and the group that decides the blank lines around it.</summary>
/// <param name="Span">The declaration's source span.</param>
/// <param name="Lines">Its lines, in output order.</param>
/// <param name="Group">Its group.</param>
internal sealed record DeclarationBlock(TextSpan Span, IReadOnlyList<LayoutLine> Lines, LayoutGroup Group)
{
    /// <summary>Whether a blank line separates this declaration from <paramref name="next"/>.</summary>
    public bool NeedsBlankLineBefore(DeclarationBlock next) => Group == LayoutGroup.Alone || Group != next.Group;

    /// <summary>The index of the line that stands for the source offset <paramref name="offset"/> (the first line when none does).</summary>
    public int LineOwning(int offset)
    {
        for (var i = 0; i < Lines.Count; i++)
        {
            if (Lines[i].Owns(offset))
            {
                return i;
            }
        }

        return 0;
    }
}
