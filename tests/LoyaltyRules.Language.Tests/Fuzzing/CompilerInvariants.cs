namespace LoyaltyRules.Language.Tests.Fuzzing;

/// <summary>
/// What must hold for any text whatever: compiling never throws and finishes well within
/// <see cref="Deadline"/> on a thread with the default stack; every diagnostic is a catalogue code
/// with its severity, a filled-in message and a span inside the text; diagnostics come sorted by
/// position; the formatter renders them; a file compiles exactly when it has no errors; and
/// compiling the same text again gives the same diagnostics.
/// </summary>
internal static class CompilerInvariants
{
    public const string Path = "fuzz.loyalty";

    /// <summary>Compiling a text of a few kilobytes takes milliseconds; this leaves room for a busy machine.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    private static readonly Dictionary<string, DiagnosticDescriptor> Catalogue =
        DiagnosticCatalog.All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    public static void Hold(string text)
    {
        var first = Compile(text);
        var diagnostics = first.Diagnostics;
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            if (diagnostic.Span.Start < 0 || diagnostic.Span.Length < 0 || diagnostic.Span.End > text.Length)
            {
                Assert.Fail($"{diagnostic.Id} spans {diagnostic.Span}, outside the text (length {text.Length}): {diagnostic.Message}");
            }

            if (!Catalogue.TryGetValue(diagnostic.Id, out var descriptor) || descriptor.Severity != diagnostic.Severity)
            {
                Assert.Fail($"{diagnostic.Id} ({diagnostic.Severity}) is not a catalogue code with that severity.");
            }

            if (string.IsNullOrWhiteSpace(diagnostic.Message) || diagnostic.Message.Contains("{0}", StringComparison.Ordinal))
            {
                Assert.Fail($"{diagnostic.Id} has an unfinished message: '{diagnostic.Message}'");
            }

            if (i > 0 && diagnostics[i - 1].Span.Start > diagnostic.Span.Start)
            {
                Assert.Fail($"Diagnostics are out of order: {diagnostics[i - 1]} comes before {diagnostic}");
            }

            Assert.NotEmpty(Format(() => DiagnosticFormatter.Format(diagnostic)));
        }

        var formatted = Format(() => DiagnosticFormatter.Format(diagnostics));
        if (first.Success == first.Errors.Any())
        {
            Assert.Fail($"Success is {first.Success} with {first.Errors.Count()} errors:{Environment.NewLine}{formatted}");
        }

        var second = Compile(text);
        if (first.Success != second.Success || !Describe(first).SequenceEqual(Describe(second)))
        {
            Assert.Fail($"Compiling twice differs:{Environment.NewLine}{formatted}---{Environment.NewLine}{DiagnosticFormatter.Format(second.Diagnostics)}");
        }
    }

    private static Compilation Compile(string text)
    {
        try
        {
            return FuzzRunner.WithDeadline(Deadline, "Compile", () => LoyaltyCompiler.Compile(Path, text));
        }
        catch (Exception exception) when (exception is not (OutOfMemoryException or Xunit.Sdk.IAssertionException))
        {
            Assert.Fail($"Compile threw {exception.GetType().Name}: {exception.Message}{Environment.NewLine}{Top(exception)}");
            throw;
        }
    }

    private static string Format(Func<string> format)
    {
        try
        {
            return format();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            Assert.Fail($"DiagnosticFormatter.Format threw {exception.GetType().Name}: {exception.Message}{Environment.NewLine}{Top(exception)}");
            throw;
        }
    }

    private static IEnumerable<(string, DiagnosticSeverity, TextSpan, string)> Describe(Compilation compilation) =>
        compilation.Diagnostics.Select(d => (d.Id, d.Severity, d.Span, d.Message));

    private static string Top(Exception exception) =>
        string.Join(Environment.NewLine, (exception.StackTrace ?? "").Split('\n').Take(5).Select(l => l.TrimEnd('\r')));
}
