using System.Globalization;

namespace LoyaltyRules.Language;

/// <summary>One entry of the catalogue: a code, its severity, a title and the message template.</summary>
/// <param name="Id">The code, for example <c>LR3001</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Title">What the code is about, for the reference.</param>
/// <param name="MessageFormat">The message, with <c>{0}</c>-style holes.</param>
public sealed record DiagnosticDescriptor(string Id, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    /// <summary>A diagnostic of this kind at <paramref name="span"/> of <paramref name="source"/>.</summary>
    public Diagnostic Create(SourceText source, TextSpan span, params object?[] arguments) =>
        new(Id, Severity, source, span, string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments));
}
