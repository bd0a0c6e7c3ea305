namespace LoyaltyRules.Language;

/// <summary>Collects the diagnostics of one file, each once (a named condition checked at every use reports its problems once).</summary>
internal sealed class DiagnosticBag(SourceText source)
{
    private readonly List<Diagnostic> _diagnostics = [];
    private readonly HashSet<(string, int, int, string)> _seen = [];

    public SourceText Source { get; } = source;

    public IReadOnlyList<Diagnostic> Items => _diagnostics;

    public bool HasErrors => _diagnostics.Any(d => d.IsError);

    public void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        Add(descriptor.Create(Source, span, arguments));

    public void Add(Diagnostic diagnostic)
    {
        if (_seen.Add((diagnostic.Id, diagnostic.Span.Start, diagnostic.Span.Length, diagnostic.Message)))
        {
            _diagnostics.Add(diagnostic);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }
}
