namespace LoyaltyRules.Language;

/// <summary>A problem found in a source file, at a span of it.</summary>
/// <param name="Id">The code from <see cref="DiagnosticCatalog"/>, for example <c>LR3001</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Source">The file.</param>
/// <param name="Span">Where, as offsets into the file.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
public sealed record Diagnostic(string Id, DiagnosticSeverity Severity, SourceText Source, TextSpan Span, string Message)
{
    /// <summary>True for an error (the file does not compile), false for a warning.</summary>
    public bool IsError => Severity == DiagnosticSeverity.Error;

    /// <summary>1-based line and column of the start.</summary>
    public LinePosition Position => Source.PositionOf(Span.Start);

    /// <summary><c>file(line,col): error LR3001: message</c>.</summary>
    public override string ToString() =>
        $"{Source.Path}({Position}): {(IsError ? "error" : "warning")} {Id}: {Message}";
}
