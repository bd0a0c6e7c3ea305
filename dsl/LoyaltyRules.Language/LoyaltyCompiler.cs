using LoyaltyRules.Language.Analysis;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Lowering;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language;

/// <summary>
/// Compiles a rule file: parse (<see cref="SyntaxParser"/>) → bind and type-check → analyse (warnings)
/// → lower to the rule model and compile with the engine. Never throws for any input: whatever is
/// wrong comes back as diagnostics.
/// </summary>
public static class LoyaltyCompiler
{
    /// <summary>Compiles <paramref name="source"/> into a program, with every problem found.</summary>
    public static Compilation Compile(SourceText source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var parsed = SyntaxParser.Parse(source);
        var diagnostics = new DiagnosticBag(source);
        diagnostics.AddRange(parsed.Diagnostics);
        var (bound, unused) = ProgramBinder.Bind(parsed.Root, diagnostics);
        ProgramAnalyzer.Analyze(bound, unused, diagnostics);
        var program = diagnostics.HasErrors ? null : ProgramLowering.Lower(bound, diagnostics);
        return new Compilation(source, program, Sorted(diagnostics.Items));
    }

    /// <summary>Compiles text read from <paramref name="path"/> (the name shown in diagnostics).</summary>
    public static Compilation Compile(string path, string text) => Compile(new SourceText(path, text));

    private static List<Diagnostic> Sorted(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Id, StringComparer.Ordinal).ThenBy(d => d.Message, StringComparer.Ordinal)];
}
