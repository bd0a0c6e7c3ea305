using System.Globalization;
using LoyaltyRules.Core.Schema;
using Sprache;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// The tokens of the language as Sprache parsers. Each skips the whitespace before it (comments were
/// blanked by <see cref="LexicalScan"/>) and measures its span from where the token itself starts. A
/// token fails as a whole, consuming nothing (not even the whitespace, so Sprache's <c>XOr</c> and
/// <c>XMany</c> see an untouched input), naming what was expected — so that alternatives failing at
/// the same token merge into one "expected A, B or C".
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that cannot be names: they start or join constructs.</summary>
    public static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "and", "or", "not", "in", "when", "where", "then", "within", "of", "for", "by", "as", "is", "true", "false",
        "no", "rule", "tier", "const", "condition", "program", "currency", "once", "priority", "tags", "description",
        "effective", "from", "until", "award", "deduct", "multiply", "upgrade", "downgrade", "set", "offer", "grant",
        "tag", "notify", "stop", "per", "capped", "pending", "valid", "starts", "ends", "contains", "dropped", "rose",
        "missing", "present", "birthday", "today", "default", "keep", "review", "grace", "every", "expire", "after",
        "reversals", "requalify", "to", "on", "discount", "rate",
    };

    /// <summary>Units that may follow a number.</summary>
    public static readonly HashSet<string> Units = new(StringComparer.Ordinal)
    {
        "points", "point", "days", "day", "weeks", "week", "months", "month", "years", "year", "bp",
    };

    /// <summary>
    /// The schema's names of several words and their leading parts (<c>loan_balance</c>,
    /// <c>first_purchase</c>): these may also be written with spaces.
    /// </summary>
    public static readonly HashSet<string> SpacedNames = BuildSpacedNames();

    // A name's words after the first may not be reserved words or units (see ExpressionGrammar.Joinable),
    // so only the schema's names whose later words are neither can be written with spaces.

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReservedLookup = Reserved.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A name: a letter or underscore, then letters, digits and underscores; not a reserved word.</summary>
    public static readonly Parser<Identifier> NameToken = WordToken(word => !ReservedLookup.Contains(word), "a name");

    /// <summary>Any word, reserved or not.</summary>
    public static readonly Parser<Identifier> AnyWord = WordToken(_ => true, "a word");

    /// <summary>The first words of the schema's names of several words (<c>loan</c>, <c>lifetime</c>): only after these can a name go on past a space.</summary>
    public static readonly HashSet<string> SpacedNameStarts = [.. SpacedNames.Select(n => n[..n.IndexOf('_', StringComparison.Ordinal)])];

    /// <summary>A word starting exactly here (no whitespace skipped): the next part of a dotted or spaced name.</summary>
    public static readonly Parser<Identifier> AnyWordHere = input =>
    {
        var end = WordEnd(input.Source, input.Position, Limit(input));
        return end > input.Position
            ? Result.Success(new Identifier(input.Source[input.Position..end], TextSpan.FromBounds(input.Position, end)), AdvanceTo(input, end))
            : Result.Failure<Identifier>(input, "expected a word", ExpectWord);
    };

    private static readonly string[] ExpectWord = ["a word"];
    private static readonly string[] ExpectString = ["a string"];
    private static readonly string[] ExpectDate = ["a date"];
    private static readonly string[] ExpectNumber = ["a number"];

    /// <summary>A string in double quotes, with \" \\ \n \t escapes.</summary>
    public static readonly Parser<StringSyntax> StringToken = input =>
    {
        var at0 = TokenStart(input);
        var text = input.Source;
        var limit = Limit(input);
        if (at0 >= limit || text[at0] != '"')
        {
            return Result.Failure<StringSyntax>(input, "expected a string", ExpectString);
        }

        var value = new System.Text.StringBuilder();
        for (var i = at0 + 1; i < limit; i++)
        {
            var c = text[i];
            if (c == '"')
            {
                return Result.Success(new StringSyntax(TextSpan.FromBounds(at0, i + 1), value.ToString()), AdvanceTo(input, i + 1));
            }

            if (c == '\\' && i + 1 < limit)
            {
                i++;
                value.Append(text[i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else if (c == '\n')
            {
                break;
            }
            else
            {
                value.Append(c);
            }
        }

        return Result.Failure<StringSyntax>(input, "expected a string", ExpectString);
    };

    /// <summary>A date, year-month-day (an impossible date parses, with a null value, and is reported by the binder).</summary>
    public static readonly Parser<DateSyntax> Date = input =>
    {
        var at0 = TokenStart(input);
        var text = input.Source;
        var at = at0;
        var limit = Limit(input);
        var end = at + 10;
        var shaped = end <= limit
            && Digits(text, at, 4) && text[at + 4] == '-' && Digits(text, at + 5, 2) && text[at + 7] == '-' && Digits(text, at + 8, 2)
            && (end == limit || !IsWordChar(text[end]));
        if (!shaped)
        {
            return Result.Failure<DateSyntax>(input, "expected a date", ExpectDate);
        }

        var written = text[at..end];
        DateOnly? value = DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
        return Result.Success(new DateSyntax(TextSpan.FromBounds(at, end), value, written), AdvanceTo(input, end));
    };

    /// <summary>A number: digits (underscores may group them) and an optional fraction.</summary>
    public static readonly Parser<(decimal Value, string Text, TextSpan Span)> Number = input =>
    {
        var at0 = TokenStart(input);
        var text = input.Source;
        var limit = Limit(input);
        var i = at0;
        if (i >= limit || !char.IsAsciiDigit(text[i]))
        {
            return Result.Failure<(decimal, string, TextSpan)>(input, "expected a number", ExpectNumber);
        }

        while (i < limit && (char.IsAsciiDigit(text[i]) || text[i] == '_'))
        {
            i++;
        }

        if (i + 1 < limit && text[i] == '.' && char.IsAsciiDigit(text[i + 1]))
        {
            i++;
            while (i < limit && char.IsAsciiDigit(text[i]))
            {
                i++;
            }
        }

        if (i < limit && IsWordChar(text[i]))
        {
            return Result.Failure<(decimal, string, TextSpan)>(input, "expected a number", ExpectNumber);
        }

        var written = text[at0..i];
        return Result.Success((ParseDecimal(written), written, TextSpan.FromBounds(at0, i)), AdvanceTo(input, i));
    };

    /// <summary>A keyword, or a phrase of keywords separated by whitespace (<c>points earned within</c>), as whole words.</summary>
    public static Parser<TextSpan> Keyword(string phrase)
    {
        var words = phrase.Split(' ');
        var parser = Word(words[0]);
        foreach (var word in words.Skip(1))
        {
            var previous = parser;
            var next = Word(word);
            parser = from first in previous
                     from following in next
                     select first.Cover(following);
        }

        return parser;
    }

    /// <summary>A punctuation symbol such as <c>(</c>, <c>&lt;=</c> or <c>,</c>.</summary>
    public static Parser<TextSpan> Symbol(string symbol)
    {
        var message = $"expected '{symbol}'";
        var expectations = new[] { $"'{symbol}'" };
        return input =>
        {
            var at = TokenStart(input);
            return at + symbol.Length <= Limit(input) && string.CompareOrdinal(input.Source, at, symbol, 0, symbol.Length) == 0
                ? Result.Success(new TextSpan(at, symbol.Length), AdvanceTo(input, at + symbol.Length))
                : Result.Failure<TextSpan>(input, message, expectations);
        };
    }

    /// <summary>
    /// A parser defined later (or recursively). Unlike <c>Parse.Ref</c> it keeps no memo table: the
    /// grammar has no left recursion, and Sprache's memo treats a second try of a failed reference at
    /// the same position — normal when alternatives backtrack — as left recursion and throws.
    /// </summary>
    public static Parser<T> Ref<T>(Func<Parser<T>> reference)
    {
        Parser<T>? parser = null;
        return input => (parser ??= reference())(input);
    }

    /// <summary>Runs <paramref name="parser"/> (whose tokens skip the whitespace before them) and pairs its value with its span, measured from the first character after that whitespace.</summary>
    public static Parser<(T Value, TextSpan Span)> Located<T>(this Parser<T> parser) => input =>
    {
        var start = TokenStart(input);
        var result = parser(input);
        return result.WasSuccessful
            ? Result.Success((result.Value, TextSpan.FromBounds(start, result.Remainder.Position)), result.Remainder)
            : Result.Failure<(T, TextSpan)>(result.Remainder, result.Message, result.Expectations);
    };

    /// <summary>
    /// Names what <paramref name="parser"/> reads for error messages: when it fails at its first token
    /// (after whitespace), the failure expects <paramref name="expectation"/> instead of its alternatives' tokens.
    /// </summary>
    public static Parser<T> Expected<T>(this Parser<T> parser, string expectation)
    {
        string[] expectations = [expectation];
        return input =>
        {
            var result = parser(input);
            return !result.WasSuccessful && result.Remainder.Position <= TokenStart(input) && !Nesting.IsLimit(result)
                ? Result.Failure<T>(result.Remainder, result.Message, expectations)
                : result;
        };
    }

    /// <summary>
    /// Runs <paramref name="parser"/> only when the next word is one of <paramref name="words"/> (the
    /// words its alternatives start with); otherwise fails at once, expecting those words — so the
    /// common end of a list ("no more clauses") costs one look at the next word, not a failed
    /// attempt per alternative.
    /// </summary>
    public static Parser<T> StartingWith<T>(this Parser<T> parser, params string[] words)
    {
        var lookup = new HashSet<string>(words, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var expectations = words.Select(w => $"'{w}'").ToArray();
        var message = "expected " + string.Join(", ", expectations);
        return input =>
        {
            var (start, end) = PeekWord(input);
            return end > start && lookup.Contains(input.Source.AsSpan(start, end - start))
                ? parser(input)
                : Result.Failure<T>(input, message, expectations);
        };
    }

    /// <summary>
    /// Items up to the end of the declaration. Where an item cannot start, the failure names what the
    /// item could have been and <paramref name="end"/>, so a stray word gets "expected 'and', ',' … or the end of the rule".
    /// </summary>
    public static Parser<IReadOnlyList<T>> Until<T>(this Parser<T> item, string end) => input =>
    {
        var items = new List<T>();
        var rest = input;
        while (true)
        {
            var next = SkipWhitespace(rest);
            if (next.AtEnd)
            {
                return Result.Success<IReadOnlyList<T>>(items, next);
            }

            var result = item(rest);
            if (!result.WasSuccessful)
            {
                var atStart = TokenStart(result.Remainder) == next.Position;
                return Result.Failure<IReadOnlyList<T>>(result.Remainder, result.Message, atStart ? [.. result.Expectations, end] : result.Expectations);
            }

            items.Add(result.Value);
            rest = result.Remainder;
        }
    };

    /// <summary>The input after any whitespace.</summary>
    public static IInput SkipWhitespace(IInput input) => AdvanceTo(input, TokenStart(input));

    /// <summary>Where the next token starts: the offset after any whitespace (no input is made for it, so a failing token allocates nothing).</summary>
    public static int TokenStart(IInput input)
    {
        var text = input.Source;
        var limit = Limit(input);
        var i = input.Position;
        while (i < limit && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="c"/> can be part of a word.</summary>
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    /// <summary>The end of the word starting at <paramref name="start"/> (<paramref name="start"/> itself when none starts there).</summary>
    public static int WordEnd(string text, int start, int limit)
    {
        if (start >= limit || !(char.IsAsciiLetter(text[start]) || text[start] == '_'))
        {
            return start;
        }

        var i = start + 1;
        while (i < limit && IsWordChar(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>The word at the input's next token (after whitespace), as offsets; an empty range when none starts there.</summary>
    public static (int Start, int End) PeekWord(IInput input)
    {
        var start = TokenStart(input);
        return (start, WordEnd(input.Source, start, Limit(input)));
    }

    private static Parser<TextSpan> Word(string word)
    {
        var expectation = new[] { $"'{word}'" };
        var message = $"expected '{word}'";
        return input =>
        {
            var start = TokenStart(input);
            var end = WordEnd(input.Source, start, Limit(input));
            return end - start == word.Length && string.CompareOrdinal(input.Source, start, word, 0, word.Length) == 0
                ? Result.Success(TextSpan.FromBounds(start, end), AdvanceTo(input, end))
                : Result.Failure<TextSpan>(input, message, expectation);
        };
    }

    private delegate bool WordTest(ReadOnlySpan<char> word);

    /// <summary>A word the test accepts; the word's text is only allocated when it is accepted.</summary>
    private static Parser<Identifier> WordToken(WordTest accept, string expectation)
    {
        var expectations = new[] { expectation };
        var message = $"expected {expectation}";
        return input =>
        {
            var start = TokenStart(input);
            var end = WordEnd(input.Source, start, Limit(input));
            if (end > start && accept(input.Source.AsSpan(start, end - start)))
            {
                return Result.Success(new Identifier(input.Source[start..end], TextSpan.FromBounds(start, end)), AdvanceTo(input, end));
            }

            return Result.Failure<Identifier>(input, message, expectations);
        };
    }

    private static int Limit(IInput input) => input is SourceInput source ? source.End : input.Source.Length;

    /// <summary>The input moved forward to <paramref name="position"/>.</summary>
    public static IInput At(IInput input, int position) => AdvanceTo(input, position);

    private static IInput AdvanceTo(IInput input, int position) =>
        input is SourceInput source ? source.At(position) : Advance(input, position);

    private static IInput Advance(IInput input, int position)
    {
        while (input.Position < position)
        {
            input = input.Advance();
        }

        return input;
    }

    private static bool Digits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static HashSet<string> BuildSpacedNames()
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var attributes = FactSchema.Customer.Concat(FactSchema.Kinds.SelectMany(k => k.Attributes));
        foreach (var part in attributes.SelectMany(a => a.Name.Split('.')))
        {
            var words = part.Split('_');
            for (var count = 2; count <= words.Length; count++)
            {
                names.Add(string.Join('_', words.Take(count)));
            }
        }

        return names;
    }

    /// <summary>Too many digits for a decimal: the value saturates and the binder reports it.</summary>
    private static decimal ParseDecimal(string text) =>
        decimal.TryParse(text.Replace("_", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : decimal.MaxValue;
}
