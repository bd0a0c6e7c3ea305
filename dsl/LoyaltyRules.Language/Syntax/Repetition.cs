using Sprache;
using static LoyaltyRules.Language.Syntax.Lexicon;

namespace LoyaltyRules.Language.Syntax;

/// <summary>
/// Repetition that tries each item once. Sprache's <c>XMany</c> (and <c>XDelimitedBy</c>, built on it)
/// runs the item that ends the repetition a second time, to see whether it failed after reading
/// something; an item that contains the same repetition (a list in a list, a call in a call) then
/// costs twice its nested items, and twenty unclosed levels cost a million tries. These keep the same
/// meaning — an item that fails after reading something fails the whole — in a single pass.
/// </summary>
internal static class Repetition
{
    /// <summary>
    /// Zero or more <paramref name="item"/>s, as Sprache's <c>XMany</c>: the repetition ends where an item
    /// fails without reading anything; an item that fails after reading something fails the whole.
    /// </summary>
    public static Parser<IReadOnlyList<T>> Repeated<T>(this Parser<T> item) => input =>
    {
        List<T>? items = null;
        var rest = input;
        while (true)
        {
            var result = item(rest);
            if (!result.WasSuccessful)
            {
                return result.Remainder.Position == rest.Position && !Nesting.IsLimit(result)
                    ? Result.Success<IReadOnlyList<T>>(items ?? (IReadOnlyList<T>)[], rest)
                    : Result.Failure<IReadOnlyList<T>>(result.Remainder, result.Message, result.Expectations);
            }

            if (result.Remainder.Position == rest.Position)
            {
                return Result.Success<IReadOnlyList<T>>(items ?? (IReadOnlyList<T>)[], rest);
            }

            (items ??= []).Add(result.Value);
            rest = result.Remainder;
        }
    };

    /// <summary>
    /// What follows an opening bracket (the input is inside it): <paramref name="item"/>s separated by
    /// commas, perhaps none, then the <paramref name="close"/> bracket; the remainder is outside it
    /// again. A failing item fails the whole unless it is the first and read nothing (an empty list);
    /// where the list neither goes on nor closes, the failure expects the close.
    /// </summary>
    public static Parser<(IReadOnlyList<T> Items, TextSpan Close)> CommaSeparated<T>(this Parser<T> item, char close)
    {
        string[] expectations = [$"'{close}'"];
        var message = $"expected '{close}'";
        return input =>
        {
            List<T>? items = null;
            var rest = input;
            var first = item(rest);
            if (first.WasSuccessful)
            {
                items = [first.Value];
                rest = first.Remainder;
                while (Next(rest, ',') is var comma && comma >= 0)
                {
                    var next = item(At(rest, comma + 1));
                    if (!next.WasSuccessful)
                    {
                        return Result.Failure<(IReadOnlyList<T>, TextSpan)>(next.Remainder, next.Message, next.Expectations);
                    }

                    items.Add(next.Value);
                    rest = next.Remainder;
                }
            }
            else if (first.Remainder.Position != rest.Position || Nesting.IsLimit(first))
            {
                return Result.Failure<(IReadOnlyList<T>, TextSpan)>(first.Remainder, first.Message, first.Expectations);
            }

            var end = Next(rest, close);
            return end >= 0
                ? Result.Success<(IReadOnlyList<T>, TextSpan)>((items ?? (IReadOnlyList<T>)[], new TextSpan(end, 1)), ((SourceInput)rest).Outside(end + 1))
                : Result.Failure<(IReadOnlyList<T>, TextSpan)>(rest, message, expectations);
        };
    }

    /// <summary>Where the next token is <paramref name="symbol"/>, or -1 when it is something else.</summary>
    private static int Next(IInput input, char symbol)
    {
        var at = TokenStart(input);
        return at < ((SourceInput)input).End && input.Source[at] == symbol ? at : -1;
    }
}
