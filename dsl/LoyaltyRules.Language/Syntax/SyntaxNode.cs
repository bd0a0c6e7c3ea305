namespace LoyaltyRules.Language.Syntax;

/// <summary>A node of the syntax tree, with the span of source text it was parsed from.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A name as written, with its span.</summary>
public sealed record Identifier(string Text, TextSpan Span)
{
    /// <summary>
    /// For a name written as several words (<c>loan balance</c>), the words with single spaces between
    /// them (the formatter keeps this spelling); null for a name written as one word.
    /// </summary>
    public string? Written { get; init; }

    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A comment (<c># …</c> to the end of the line), kept so formatting never loses it.</summary>
public sealed record CommentSyntax(string Text, TextSpan Span) : SyntaxNode(Span);
