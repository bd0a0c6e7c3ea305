using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Lowering;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Tests.Diagnostics;

/// <summary>
/// LR4001 cannot come from source text: it reports a fault of the compiler. These tests make lowering
/// fail on a checked program (an action lowering has no case for, a rule list the engine rejects) and
/// check the fault is reported as a diagnostic, not thrown.
/// </summary>
public sealed class InternalCompilerErrorTests
{
    private const string Source = """
        program "Card Rewards"

        rule "Card spend"
          when purchase where channel = "card"
          then award 10 points

        rule "Birthday gift"
          when birthday
          then award 500 points
        """;

    [Fact]
    public void Lower_ActionWithoutLowering_ReportsInternalErrorOnTheRuleName()
    {
        var (program, diagnostics) = Bind();
        var broken = program.Rules[0] with { Actions = [new UnlowerableAction(program.Rules[0].Actions[0].Span)] };

        var lowered = ProgramLowering.Lower(program with { Rules = [broken, program.Rules[1]] }, diagnostics);

        Assert.Null(lowered);
        var diagnostic = Assert.Single(diagnostics.Items);
        Assert.Equal(
            ("LR4001", DiagnosticSeverity.Error, 3, 6, 12,
             "rule \"Card spend\" could not be compiled: Cannot lower UnlowerableAction. (a fault of the compiler, not of the program: please report it)"),
            (diagnostic.Id, diagnostic.Severity, diagnostic.Position.Line, diagnostic.Position.Column, diagnostic.Span.Length, diagnostic.Message));
    }

    [Fact]
    public void Lower_TwoBrokenRules_ReportsEachOnce()
    {
        var (program, diagnostics) = Bind();
        var broken = program.Rules.Select(r => r with { Actions = [new UnlowerableAction(r.Actions[0].Span)] }).ToList();

        var lowered = ProgramLowering.Lower(program with { Rules = broken }, diagnostics);

        Assert.Null(lowered);
        Assert.Equal(
            [
                "rule \"Card spend\" could not be compiled: Cannot lower UnlowerableAction. (a fault of the compiler, not of the program: please report it)",
                "rule \"Birthday gift\" could not be compiled: Cannot lower UnlowerableAction. (a fault of the compiler, not of the program: please report it)",
            ],
            diagnostics.Items.Select(d => d.Message));
    }

    [Fact]
    public void Lower_InternalError_FormatsWithSourceLineAndCaret()
    {
        var (program, diagnostics) = Bind();
        var broken = program.Rules[1] with { Actions = [new UnlowerableAction(program.Rules[1].Actions[0].Span)] };

        ProgramLowering.Lower(program with { Rules = [program.Rules[0], broken] }, diagnostics);

        Assert.Equal(
            """
            ice.loyalty(7,6): error LR4001: rule "Birthday gift" could not be compiled: Cannot lower UnlowerableAction. (a fault of the compiler, not of the program: please report it)
                rule "Birthday gift"
                     ^^^^^^^^^^^^^^^

            """.ReplaceLineEndings(),
            DiagnosticFormatter.Format(diagnostics.Items));
    }

    [Fact]
    public void Lower_CheckedProgramWithoutFaults_ReportsNothing()
    {
        var (program, diagnostics) = Bind();

        var lowered = ProgramLowering.Lower(program, diagnostics);

        Assert.NotNull(lowered);
        Assert.Empty(diagnostics.Items);
    }

    private static (BoundProgram Program, DiagnosticBag Diagnostics) Bind()
    {
        var source = new SourceText("ice.loyalty", Source);
        var parsed = SyntaxParser.Parse(source);
        var diagnostics = new DiagnosticBag(source);
        diagnostics.AddRange(parsed.Diagnostics);
        var (program, _) = ProgramBinder.Bind(parsed.Root, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(2, program.Rules.Count);
        return (program, diagnostics);
    }
}
