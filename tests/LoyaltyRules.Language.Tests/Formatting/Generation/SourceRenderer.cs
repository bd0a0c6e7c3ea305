using System.Text;

namespace LoyaltyRules.Language.Tests.Formatting.Generation;

/// <summary>
/// Writes declarations' tokens out as a messy but valid source: random runs of spaces and tabs, line
/// breaks anywhere between tokens (continuation lines indented), no space beside brackets and commas
/// now and then, comments at ends of lines and on lines of their own (each with a unique number),
/// blank lines, trailing spaces, LF or CRLF. Every choice comes from <c>seed</c>.
/// </summary>
internal sealed class SourceRenderer
{
    private const string Tight = "()[],";
    private readonly StringBuilder _text = new();
    private readonly Random _random;
    private readonly string _newLine;
    private readonly List<string> _comments = [];

    private SourceRenderer(int seed)
    {
        // Not for security: a reproducible stream of layout choices.
#pragma warning disable CA5394
        _random = new Random(seed);
#pragma warning restore CA5394
        _newLine = Chance(25) ? "\r\n" : "\n";
    }

    /// <summary>The source text of <paramref name="declarations"/>, and the comments in it.</summary>
    public static (string Text, IReadOnlyList<string> Comments) Render(IReadOnlyList<IReadOnlyList<string>> declarations, int seed)
    {
        var renderer = new SourceRenderer(seed);
        renderer.Between(atStart: true);
        for (var d = 0; d < declarations.Count; d++)
        {
            if (d > 0)
            {
                renderer.EndLine();
                renderer.Between(atStart: false);
            }

            renderer.Declaration(declarations[d]);
        }

        return renderer.End();
    }

    private void Declaration(IReadOnlyList<string> tokens)
    {
        _text.Append(tokens[0]);
        for (var i = 1; i < tokens.Count; i++)
        {
            var roll = Roll();
            if (roll < 10 && (Tight.Contains(tokens[i - 1], StringComparison.Ordinal) || Tight.Contains(tokens[i], StringComparison.Ordinal)))
            {
                // Glued to a bracket or comma.
            }
            else if (roll < 70)
            {
                _text.Append(' ');
            }
            else if (roll < 82)
            {
                _text.Append(Blanks(1));
            }
            else
            {
                EndLine();
                while (Chance(20))
                {
                    OwnLineComment();
                }

                _text.Append(Blanks(1));
            }

            _text.Append(tokens[i]);
        }
    }

    /// <summary>Ends a line: maybe a comment (sometimes glued to the code), maybe trailing blanks.</summary>
    private void EndLine()
    {
        if (Chance(25))
        {
            _text.Append(Chance(10) ? "" : Blanks(1)).Append(Comment());
        }

        if (Chance(10))
        {
            _text.Append(Blanks(1));
        }

        _text.Append(_newLine);
    }

    /// <summary>Between declarations (or before the first): blank lines and comment lines.</summary>
    private void Between(bool atStart)
    {
        var lines = _random.Next(atStart ? 3 : 4);
        for (var i = 0; i < lines; i++)
        {
            if (Chance(50))
            {
                OwnLineComment();
            }
            else
            {
                _text.Append(Chance(20) ? Blanks(0) : "").Append(_newLine);
            }
        }
    }

    private (string Text, IReadOnlyList<string> Comments) End()
    {
        if (Chance(50))
        {
            EndLine();
            Between(atStart: false);
        }

        return (_text.ToString(), _comments);
    }

    private void OwnLineComment() => _text.Append(Chance(50) ? "" : Blanks(1)).Append(Comment()).Append(_newLine);

    private string Comment()
    {
        var words = string.Join(' ', Enumerable.Range(0, _random.Next(4)).Select(_ => Tokens.Words[_random.Next(Tokens.Words.Length)]));
        var marks = Chance(20) ? " \"quoted\" # again, (and) [more]" : "";
        var comment = $"#{(Chance(20) ? "" : " ")}c{_comments.Count + 1}: {words}{marks}".TrimEnd();
        _comments.Add(comment);
        return comment;
    }

    /// <summary>A run of spaces and tabs, at least <paramref name="least"/> long.</summary>
    private string Blanks(int least)
    {
        var length = least + _random.Next(4);
        return string.Concat(Enumerable.Range(0, length).Select(_ => Chance(20) ? '\t' : ' '));
    }

    private int Roll() => _random.Next(100);

    private bool Chance(int percent) => _random.Next(100) < percent;
}
