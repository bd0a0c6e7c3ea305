namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>A random program: its declarations as tokens, and the source text they were written out as (whitespace, line breaks, comments).</summary>
/// <param name="Declarations">The declarations' tokens.</param>
/// <param name="Text">The source text.</param>
/// <param name="Comments">The comments written into the text, each unique.</param>
internal sealed record GeneratedProgram(IReadOnlyList<IReadOnlyList<string>> Declarations, string Text, IReadOnlyList<string> Comments)
{
    /// <summary>The text, so that FsCheck shows the failing file.</summary>
    public override string ToString() => Environment.NewLine + Text;
}
