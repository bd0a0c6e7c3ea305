using BenchmarkDotNet.Attributes;
using LoyaltyRules.Language;
using LoyaltyRules.Language.Analysis;
using LoyaltyRules.Language.Binding;
using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Benchmarks.Language;

/// <summary>
/// Parsing, checking and compiling a generated program of 10,000 rules: the whole pipeline (the
/// goal), and its first stages alone so the report can say where the time goes.
/// </summary>
public class CompileBenchmarks
{
    private SourceText _source = null!;

    [Params(10_000)]
    public int Rules { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _source = new SourceText("generated.loyalty", ProgramGenerator.Generate(Rules));
        var compilation = LoyaltyCompiler.Compile(_source);
        if (!compilation.Success || compilation.Diagnostics.Count > 0 || compilation.Program!.Rules.Count != Rules)
        {
            throw new InvalidOperationException("The generated program must compile cleanly: " + DiagnosticFormatter.Format(compilation.Diagnostics.Take(5)));
        }
    }

    /// <summary>Parse, check (names, types, units, warnings), lower to the rule model and compile the Rete network.</summary>
    [Benchmark]
    public Compilation Compile() => LoyaltyCompiler.Compile(_source);

    /// <summary>The Sprache parse alone.</summary>
    [Benchmark]
    public ParsedFile Parse() => SyntaxParser.Parse(_source);

    /// <summary>Parse, bind and analyse: everything <c>check</c> needs before lowering.</summary>
    [Benchmark]
    public int ParseAndCheck()
    {
        var parsed = SyntaxParser.Parse(_source);
        var diagnostics = new DiagnosticBag(_source);
        var (program, unused) = ProgramBinder.Bind(parsed.Root, diagnostics);
        ProgramAnalyzer.Analyze(program, unused, diagnostics);
        return diagnostics.Items.Count + program.Rules.Count;
    }
}
