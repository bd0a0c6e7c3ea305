using LoyaltyRules.Language.Formatting;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Formatting;

/// <summary>
/// The golden cases in Formatting/Cases: each <c>name.loyalty</c> formats to exactly <c>name.golden</c>,
/// and the golden text formats to itself. A case named <c>error-…</c> does not parse: its golden file
/// lists the diagnostics instead, and the formatter returns no text.
/// </summary>
public sealed class FormatterGoldenTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Formatting", "Cases");

    public static TheoryData<string> Cases() => [.. Names()];

    public static TheoryData<string> FormattableCases() => [.. Names().Where(name => !IsError(name))];

    [Fact]
    public void Cases_EveryInput_HasAGoldenFile()
    {
        var names = Names();

        Assert.True(names.Count >= 15, $"only {names.Count} cases found in {Folder}");
        Assert.All(names, name => Assert.True(File.Exists(Path.Combine(Folder, name + ".golden")), name + ".golden is missing"));
    }

    [Fact]
    public void Cases_CrlfInput_HasCrlfLineBreaks()
    {
        var text = Input("crlf");

        Assert.Contains("\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', Golden("crlf"));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Format_Case_GivesTheGoldenTextWhichFormatsToItself(string name)
    {
        var result = Formatter.Format(name + ".loyalty", Input(name));

        if (IsError(name))
        {
            Assert.Null(result.Text);
            Assert.Equal(Golden(name), string.Concat(result.Diagnostics.Select(d => d + "\n")));
            return;
        }

        var golden = new SourceText(name + ".golden", Golden(name));
        var again = Formatter.Format(golden);
        Assert.Empty(result.Diagnostics);
        Assert.Equal(golden.Text, result.Text);
        Assert.Equal(golden.Text, again.Text);
        Assert.False(again.Changed(golden));
    }

    [Theory]
    [MemberData(nameof(FormattableCases))]
    public void Format_Case_KeepsTheMeaning(string name)
    {
        Assert.Equal(SyntaxShape.Of(Input(name)), SyntaxShape.Of(Golden(name)));

        var before = LoyaltyCompiler.Compile(name + ".loyalty", Input(name));
        var after = LoyaltyCompiler.Compile(name + ".golden", Golden(name));

        Assert.Equal(before.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal), after.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(before.Program?.Rules.Select(r => r.Name), after.Program?.Rules.Select(r => r.Name));
    }

    [Theory]
    [MemberData(nameof(FormattableCases))]
    public void Format_Case_KeepsEveryCommentOnce(string name)
    {
        var input = SyntaxParser.Parse(new SourceText(name + ".loyalty", Input(name))).Root.Comments.Select(c => c.Text.TrimEnd()).ToList();
        var output = SyntaxParser.Parse(new SourceText(name + ".golden", Golden(name))).Root.Comments.Select(c => c.Text).ToList();

        Assert.Equal(input.Order(StringComparer.Ordinal), output.Order(StringComparer.Ordinal));
    }

    private static List<string> Names() =>
        [.. Directory.GetFiles(Folder, "*.loyalty").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal)];

    private static bool IsError(string name) => name.StartsWith("error-", StringComparison.Ordinal);

    private static string Input(string name) => File.ReadAllText(Path.Combine(Folder, name + ".loyalty"));

    private static string Golden(string name) => File.ReadAllText(Path.Combine(Folder, name + ".golden"));
}
