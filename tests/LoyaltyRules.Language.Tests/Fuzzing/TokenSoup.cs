using FsCheck;
using FsCheck.Fluent;

namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>Random sequences of the language's tokens: words, numbers, strings, dates, symbols, line breaks and indentation.</summary>
internal static class TokenSoup
{
    /// <summary>Line starts that open declarations, so soups have several.</summary>
    private static readonly string[] DeclarationStarts =
        ["\nrule \"r\"\n  when", "\ntier Gold when", "\nconst c =", "\ncondition c =", "\ncurrency", "\nprogram \"p\"", "\nrule \"r\" when purchase where"];

    private static readonly Gen<string> Token = Gen.Frequency(
        (6, Gen.Elements<string>(LanguageVocabulary.Keywords)),
        (5, Gen.Elements<string>(LanguageVocabulary.Names)),
        (3, Gen.Elements<string>(LanguageVocabulary.Numbers)),
        (2, Gen.Elements<string>(LanguageVocabulary.Strings)),
        (1, Gen.Elements<string>(LanguageVocabulary.Dates)),
        (4, Gen.Elements<string>(LanguageVocabulary.Symbols)),
        (3, Gen.Elements<string>(LanguageVocabulary.Breaks)),
        (1, Gen.Elements(DeclarationStarts)));

    private static readonly Gen<string> Separator = Gen.Frequency((8, Gen.Constant(" ")), (2, Gen.Constant("")), (1, Gen.Constant("  ")));

    /// <summary>A soup of up to about 80 tokens, usually after a program header.</summary>
    public static Gen<string> Text { get; } =
        from header in Gen.Frequency((3, Gen.Constant("program \"Fuzz\"\n")), (1, Gen.Constant("")))
        from count in Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 4 / 5)))
        from tokens in Token.ArrayOf(count)
        from separators in Separator.ArrayOf(count)
        select header + string.Concat(tokens.Zip(separators, (token, separator) => token + separator));

    public static Arbitrary<string> Arbitrary { get; } = Arb.From(Text, TextShrinker.Shrink);
}
