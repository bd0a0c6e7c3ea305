using FsCheck;
using FsCheck.Fluent;
using LoyaltyRules.Language.Tests.Formatting.Generation;

namespace LoyaltyRules.Language.Tests.Formatting;

/// <summary>
/// Random valid programs mean the same once formatted: the same syntax tree (up to positions and
/// the place of trailing clauses), and they compile to the same diagnostics, tiers, rules and
/// conditions. (A class of its own so that it runs beside the other properties: each
/// case compiles twice, which is the slow part.)
/// </summary>
public sealed class FormatterCompilationPropertyTests
{
    [Fact]
    public void Format_RandomProgram_MeansTheSame() =>
        Prop.ForAll(ProgramGen.Arbitrary(), program =>
        {
            var formatted = FormatterPropertyTests.Formatted(program.Text);
            var before = LoyaltyCompiler.Compile("random.loyalty", program.Text);
            var after = LoyaltyCompiler.Compile("formatted.loyalty", formatted);

            Assert.Equal(SyntaxShape.Of(program.Text), SyntaxShape.Of(formatted));
            Assert.True(before.Success, DiagnosticFormatter.Format(before.Diagnostics));
            Assert.Equal(Codes(before), Codes(after));
            Assert.True(after.Success, DiagnosticFormatter.Format(after.Diagnostics));
            Assert.Equal(before.Program!.Tiers.Select(t => t.Name), after.Program!.Tiers.Select(t => t.Name));
            Assert.Equal(Rules(before), Rules(after));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(100));

    private static List<string> Codes(Compilation compilation) => [.. compilation.Diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal)];

    /// <summary>Each rule's name, priority, description, tags and number of conditions, in order.</summary>
    private static List<string> Rules(Compilation compilation) =>
        [.. compilation.Program!.Rules.Select(r => $"{r.Name} | {r.Priority} | {r.Description} | {string.Join(",", r.Tags)} | {r.LeftHandSide.ChildElements.Count} conditions")];
}
