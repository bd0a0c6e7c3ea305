using FsCheck;
using FsCheck.Fluent;
using LoyaltyRules.Language.Formatting;
using LoyaltyRules.Language.Tests.Formatting.Generation;

namespace LoyaltyRules.Language.Tests.Formatting;

/// <summary>Random valid programs, written out messily, format idempotently and keep every comment exactly once.</summary>
public sealed class FormatterPropertyTests
{
    [Fact]
    public void Format_RandomProgram_IsIdempotentAndKeepsEveryComment() =>
        Prop.ForAll(ProgramGen.Arbitrary(), program =>
        {
            var formatted = Formatted(program.Text);

            Assert.Equal(formatted, Formatted(formatted));
            Assert.All(program.Comments, comment => Assert.Equal(Occurrences(program.Text, comment), Occurrences(formatted, comment)));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(200));

    /// <summary>The canonical text, asserting that there is one.</summary>
    internal static string Formatted(string text)
    {
        var result = Formatter.Format("random.loyalty", text);
        Assert.True(result.Text is not null, DiagnosticFormatter.Format(result.Diagnostics));
        return result.Text;
    }

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
