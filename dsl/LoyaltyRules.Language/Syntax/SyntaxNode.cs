namespace LoyaltyRules.Language.Syntax;

/// <summary>A node of the syntax tree, with the span of source text it was parsed from.</summary>
public abstract record SyntaxNode(TextSpan Span);

/// <summary>A name as written, with its span.</summary>
public sealed record Identifier(string Text, TextSpan Span)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}

/// <summary>A comment (<c># …</c> to the end of the line), kept so formatting never loses it.</summary>
public sealed record CommentSyntax(string Text, TextSpan Span) : SyntaxNode(Span);
