using System.Text;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Writes the formatted file: the declarations' lines with their comments, the top-level comments,
/// and the blank lines between them. Lines end with "\n", carry no trailing spaces, and the text
/// ends with exactly one "\n" (an empty file stays empty).
/// </summary>
internal sealed class DocumentWriter
{
    private readonly StringBuilder _text = new();
    private readonly SourceText _source;
    private bool _started;
    private DeclarationBlock? _lastBlock;
    private CommentSyntax? _lastComment;

    private DocumentWriter(SourceText source) => _source = source;

    /// <summary>The canonical text of a file that parsed without errors.</summary>
    public static string Write(SourceText source, CompilationUnitSyntax root)
    {
        var blocks = root.Declarations.Select(d => DeclarationLayout.Lay(d, source.Text)).ToList();
        var comments = CommentMap.Build(source, root.Comments, blocks);
        var writer = new DocumentWriter(source);
        for (var b = 0; b < blocks.Count; b++)
        {
            foreach (var comment in comments.Leading(b))
            {
                writer.TopLevelComment(comment, blocks[b]);
            }

            writer.Block(blocks[b], b, comments);
        }

        foreach (var comment in comments.EndOfFile)
        {
            writer.TopLevelComment(comment, next: null);
        }

        return writer._text.ToString();
    }

    /// <summary>
    /// A comment between declarations. A blank line comes before it when one would separate the
    /// declarations around it, or when the source had a blank line just above it; a blank line
    /// written just below a top-level comment is kept too.
    /// </summary>
    private void TopLevelComment(CommentSyntax comment, DeclarationBlock? next)
    {
        var blank = _lastComment is not null
            ? SourceScan.BlankLineAfter(_source, _lastComment.Span.Start) || SourceScan.BlankLineBefore(_source, comment.Span.Start)
            : _lastBlock is not null && ((next is not null && _lastBlock.NeedsBlankLineBefore(next)) || SourceScan.BlankLineBefore(_source, comment.Span.Start));
        Separate(blank);
        Line(0, Text(comment));
        _lastComment = comment;
    }

    private void Block(DeclarationBlock block, int index, CommentMap comments)
    {
        var blank = _lastComment is not null
            ? SourceScan.BlankLineAfter(_source, _lastComment.Span.Start)
            : _lastBlock is not null && _lastBlock.NeedsBlankLineBefore(block);
        Separate(blank);
        for (var i = 0; i < block.Lines.Count; i++)
        {
            var line = block.Lines[i];
            var (before, after) = comments.OnLine(index, i);
            foreach (var comment in before)
            {
                Line(line.Indent, Text(comment));
            }

            var parts = line.Text.Split('\n');
            for (var k = 0; k < parts.Length; k++)
            {
                var last = k == parts.Length - 1;
                Line(k == 0 ? line.Indent : line.Indent + 2, last && after is not null ? parts[k] + " " + Text(after) : parts[k]);
            }
        }

        _lastBlock = block;
        _lastComment = null;
    }

    private void Separate(bool blank)
    {
        if (_started && blank)
        {
            _text.Append('\n');
        }

        _started = true;
    }

    private void Line(int indent, string text) => _text.Append(' ', indent).Append(text).Append('\n');

    private static string Text(CommentSyntax comment) => comment.Text.TrimEnd();
}
