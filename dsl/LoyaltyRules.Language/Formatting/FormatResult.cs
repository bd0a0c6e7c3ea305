namespace LoyaltyRules.Language.Formatting;

/// <summary>The outcome of formatting a rule file.</summary>
/// <param name="Text">The canonical text, or null when the file has lexical or syntax errors (it is then left as it is).</param>
/// <param name="Diagnostics">The lexical and syntax problems that kept the file from being formatted (empty on success).</param>
public sealed record FormatResult(string? Text, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file was formatted.</summary>
    public bool Succeeded => Text is not null;

    /// <summary>True when the file was formatted and its canonical text differs from <paramref name="source"/>'s.</summary>
    public bool Changed(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return Text is not null && !string.Equals(Text, source.Text, StringComparison.Ordinal);
    }
}
