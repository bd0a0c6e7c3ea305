using LoyaltyRules.Core.Evaluation;

namespace LoyaltyRules.Language;

/// <summary>The outcome of compiling a rule file: the program when it compiled, and every diagnostic, in file order.</summary>
/// <param name="Source">The file.</param>
/// <param name="Program">The compiled program, or null when there are errors.</param>
/// <param name="Diagnostics">Errors and warnings, in the order they appear in the file.</param>
public sealed record Compilation(SourceText Source, LoyaltyProgram? Program, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when the file compiled (warnings allowed).</summary>
    public bool Success => Program is not null;

    /// <summary>The errors.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);

    /// <summary>The warnings.</summary>
    public IEnumerable<Diagnostic> Warnings => Diagnostics.Where(d => !d.IsError);
}
