using System.Text.RegularExpressions;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// One change to a text. <see cref="First"/>, <see cref="Second"/> and <see cref="Pick"/> are free
/// numbers taken modulo what they index (characters, lines, tokens, replacement texts), so a
/// mutation applies to any text and the same mutation always does the same thing to the same text.
/// </summary>
internal sealed partial record Mutation(MutationKind Kind, int First, int Second, int Pick)
{
    private static readonly string[] Characters = ["a", "Z", "_", "0", "9", " ", "\n", "\"", "#", "(", ")", "[", "]", ",", ".", "=", "<", ">", "!", "-", "%", "\\"];

    private static readonly string[] Unicode =
    [
        "é", "€", "≥", "≤", "“", "”", "’", "🎉", "\uD800", "\uDC00", "\u200B", "\u00A0", "\uFEFF", "\u0301", "\u202E",
        "\0", "\u2028", "\u0085", "\u3000", "Ω", "ﬁ",
    ];

    private static readonly string[] NumberReplacements =
    [
        "0", "1.5", "100000", "100001", "9000", "99999", "1_000_000", "99999999999999999999999999999999",
        "79228162514264337593543950334", "0.0000001",
    ];

    public string ApplyTo(string text)
    {
        switch (Kind)
        {
            case MutationKind.DeleteCharacter when text.Length > 0:
                return text.Remove(First % text.Length, 1);
            case MutationKind.InsertCharacter:
                return text.Insert(First % (text.Length + 1), Characters[Pick % Characters.Length]);
            case MutationKind.DuplicateCharacter when text.Length > 0:
                return text.Insert(First % text.Length, text[First % text.Length].ToString());
            case MutationKind.SwapCharacters when text.Length > 1:
                var at = First % (text.Length - 1);
                return string.Concat(text.AsSpan(0, at), text.AsSpan(at + 1, 1), text.AsSpan(at, 1), text.AsSpan(at + 2));
            case MutationKind.DeleteLine:
                return Lines(text, lines => lines.RemoveAt(First % lines.Count));
            case MutationKind.DuplicateLine:
                return Lines(text, lines => lines.Insert(First % lines.Count, lines[First % lines.Count]));
            case MutationKind.SwapLines:
                return Lines(text, lines => (lines[First % lines.Count], lines[Second % lines.Count]) = (lines[Second % lines.Count], lines[First % lines.Count]));
            case MutationKind.DeleteToken:
                return Token(text, token => text.Remove(token.Index, token.Length));
            case MutationKind.DuplicateToken:
                return Token(text, token => text.Insert(token.Index, token.Value + " "));
            case MutationKind.SwapTokens:
                return SwapTokens(text);
            case MutationKind.InsertToken:
                var word = LanguageVocabulary.Keywords.Concat(LanguageVocabulary.Names).ElementAt(Pick % (LanguageVocabulary.Keywords.Count + LanguageVocabulary.Names.Count));
                return text.Insert(First % (text.Length + 1), " " + word + " ");
            case MutationKind.ReplaceNumber:
                var numbers = NumberToken().Matches(text);
                if (numbers.Count == 0)
                {
                    return text;
                }

                var number = numbers[First % numbers.Count];
                return string.Concat(text.AsSpan(0, number.Index), NumberReplacements[Pick % NumberReplacements.Length], text.AsSpan(number.Index + number.Length));
            case MutationKind.Truncate:
                return text[..(First % (text.Length + 1))];
            case MutationKind.InsertUnicode:
                return text.Insert(First % (text.Length + 1), Unicode[Pick % Unicode.Length]);
            case MutationKind.InsertTab:
                return text.Insert(First % (text.Length + 1), "\t");
            case MutationKind.InsertCarriageReturn:
                return text.Insert(First % (text.Length + 1), "\r");
            case MutationKind.SplitLine:
                return text.Insert(First % (text.Length + 1), "\n");
            case MutationKind.Unindent:
                return Lines(text, lines => lines[First % lines.Count] = lines[First % lines.Count].TrimStart());
            default:
                return text;
        }
    }

    public override string ToString() => $"{Kind}({First}, {Second}, {Pick})";

    private static string Lines(string text, Action<List<string>> change)
    {
        var lines = text.Split('\n').ToList();
        change(lines);
        return string.Join('\n', lines);
    }

    private string Token(string text, Func<Match, string> change)
    {
        var tokens = AnyToken().Matches(text);
        return tokens.Count == 0 ? text : change(tokens[First % tokens.Count]);
    }

    private string SwapTokens(string text)
    {
        var tokens = AnyToken().Matches(text);
        if (tokens.Count < 2)
        {
            return text;
        }

        var (a, b) = (tokens[First % tokens.Count], tokens[Second % tokens.Count]);
        if (a.Index > b.Index)
        {
            (a, b) = (b, a);
        }

        if (a.Index == b.Index)
        {
            return text;
        }

        var between = text[(a.Index + a.Length)..b.Index];
        return text[..a.Index] + b.Value + between + a.Value + text[(b.Index + b.Length)..];
    }

    /// <summary>A string, a word, a number or date, or one other visible character.</summary>
    [GeneratedRegex("\"[^\"\\n]*\"?|[A-Za-z_][A-Za-z0-9_]*|[0-9][0-9_.\\-]*|[^\\sA-Za-z0-9_\"]")]
    private static partial Regex AnyToken();

    [GeneratedRegex("[0-9][0-9_.]*")]
    private static partial Regex NumberToken();
}
