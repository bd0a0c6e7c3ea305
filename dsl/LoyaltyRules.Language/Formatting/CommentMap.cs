using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Formatting;

/// <summary>
/// Where each comment goes in the output; every comment goes to exactly one place.
/// <list type="bullet">
/// <item>A comment after code on its line (end of line) goes with the output line that stands for
/// the last token before it: when several elements share that source line, that is the last of them.</item>
/// <item>A comment alone on its line goes with the output line that stands for the first token after
/// it: when that token starts a declaration, the comment leads the declaration (top level); when
/// no token follows, it ends the file.</item>
/// </list>
/// </summary>
internal sealed class CommentMap
{
    private readonly Dictionary<int, List<CommentSyntax>> _leading = [];
    private readonly Dictionary<(int Block, int Line), List<(CommentSyntax Comment, bool EndOfLine)>> _attached = [];
    private readonly List<CommentSyntax> _endOfFile = [];

    /// <summary>The comments after the last declaration.</summary>
    public IReadOnlyList<CommentSyntax> EndOfFile => _endOfFile;

    /// <summary>Places every comment of the file.</summary>
    public static CommentMap Build(SourceText source, IReadOnlyList<CommentSyntax> comments, IReadOnlyList<DeclarationBlock> blocks)
    {
        var map = new CommentMap();
        var ends = comments.ToDictionary(c => c.Span.Start, c => c.Span.End);
        foreach (var comment in comments.OrderBy(c => c.Span.Start))
        {
            var previous = SourceScan.PreviousToken(source.Text, comment.Span.Start);
            var owner = previous < 0 ? -1 : BlockHolding(blocks, previous);
            if (owner >= 0)
            {
                map.Attach(owner, blocks[owner].LineOwning(previous), comment, endOfLine: true);
                continue;
            }

            var next = SourceScan.NextToken(source.Text, comment.Span.End, ends);
            var block = next < 0 ? -1 : BlockHolding(blocks, next);
            if (block >= 0 && next > blocks[block].Span.Start)
            {
                map.Attach(block, blocks[block].LineOwning(next), comment, endOfLine: false);
                continue;
            }

            var leads = next < 0 ? -1 : FirstBlockFrom(blocks, next);
            if (leads >= 0)
            {
                map.Lead(leads, comment);
            }
            else
            {
                map._endOfFile.Add(comment);
            }
        }

        return map;
    }

    /// <summary>The top-level comments before declaration <paramref name="block"/>, in source order.</summary>
    public IReadOnlyList<CommentSyntax> Leading(int block) => _leading.TryGetValue(block, out var comments) ? comments : [];

    /// <summary>
    /// The comments of a line: those written on their own lines before it (in source order), and the
    /// one at its end. When several end-of-line comments come to one line (an element written over
    /// several source lines, printed on one), the last stays at the end and the others go before it.
    /// </summary>
    public (IReadOnlyList<CommentSyntax> Before, CommentSyntax? After) OnLine(int block, int line)
    {
        if (!_attached.TryGetValue((block, line), out var comments))
        {
            return ([], null);
        }

        CommentSyntax? after = null;
        foreach (var (comment, endOfLine) in comments)
        {
            after = endOfLine ? comment : after;
        }

        var before = comments.Select(c => c.Comment).Where(c => !ReferenceEquals(c, after)).OrderBy(c => c.Span.Start).ToList();
        return (before, after);
    }

    private void Attach(int block, int line, CommentSyntax comment, bool endOfLine)
    {
        if (!_attached.TryGetValue((block, line), out var comments))
        {
            _attached[(block, line)] = comments = [];
        }

        comments.Add((comment, endOfLine));
    }

    private void Lead(int block, CommentSyntax comment)
    {
        if (!_leading.TryGetValue(block, out var comments))
        {
            _leading[block] = comments = [];
        }

        comments.Add(comment);
    }

    /// <summary>The declaration whose span holds <paramref name="offset"/>, or -1.</summary>
    private static int BlockHolding(IReadOnlyList<DeclarationBlock> blocks, int offset)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (offset >= blocks[i].Span.Start && offset < blocks[i].Span.End)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The first declaration starting at or after <paramref name="offset"/>, or -1.</summary>
    private static int FirstBlockFrom(IReadOnlyList<DeclarationBlock> blocks, int offset)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Span.Start >= offset)
            {
                return i;
            }
        }

        return -1;
    }
}
