using LoyaltyRules.Host.RuleSets;
using LoyaltyRules.Language;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>A rule file to check or store.</summary>
/// <param name="FileName">The name diagnostics and explanations cite (for example <c>retail-store.loyalty</c>); <c>rules.loyalty</c> when absent.</param>
/// <param name="Source">The rule file's text. Required.</param>
internal sealed record RuleSetRequest(string? FileName, string? Source)
{
    /// <summary>The file name used when the request names none.</summary>
    public const string DefaultFileName = "rules.loyalty";

    /// <summary>The file name to compile and store the text under.</summary>
    public string EffectiveFileName => string.IsNullOrWhiteSpace(FileName) ? DefaultFileName : FileName;
}

/// <summary>When a stored version becomes the active one.</summary>
/// <param name="EffectiveFrom">The instant from which inputs are evaluated with the version (ISO 8601 with offset); now when absent.</param>
internal sealed record ActivationRequest(DateTimeOffset? EffectiveFrom);

/// <summary>One diagnostic of a rule file, positioned for people and editors.</summary>
/// <param name="Code">The code, for example <c>LR3001</c>.</param>
/// <param name="Severity"><c>error</c> (the file does not compile) or <c>warning</c>.</param>
/// <param name="Message">What is wrong and, where it helps, how to fix it.</param>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start.</param>
/// <param name="Length">How many characters the diagnostic covers.</param>
internal sealed record DiagnosticResponse(string Code, string Severity, string Message, int Line, int Column, int Length)
{
    /// <summary>The response form of a compiler diagnostic.</summary>
    public static DiagnosticResponse From(Diagnostic diagnostic)
    {
        var position = diagnostic.Position;
        return new DiagnosticResponse(
            diagnostic.Id,
            diagnostic.IsError ? "error" : "warning",
            diagnostic.Message,
            position.Line,
            position.Column,
            diagnostic.Span.Length);
    }

    /// <summary>Every diagnostic, in file order.</summary>
    public static IReadOnlyList<DiagnosticResponse> From(IEnumerable<Diagnostic> diagnostics) => [.. diagnostics.Select(From)];
}

/// <summary>The outcome of checking a rule file.</summary>
/// <param name="Valid">True when the file compiles (warnings allowed).</param>
/// <param name="Diagnostics">Errors and warnings, in file order.</param>
internal sealed record ValidationResponse(bool Valid, IReadOnlyList<DiagnosticResponse> Diagnostics);

/// <summary>A stored version, after an upload.</summary>
/// <param name="Version">The version id, <c>v3</c>.</param>
/// <param name="Number">The version's number.</param>
/// <param name="Name">The program's name from its header.</param>
/// <param name="FileName">The file name it was stored under.</param>
/// <param name="ContentHash">SHA-256 of the source text, hex.</param>
/// <param name="Author">Who stored it (the API key's holder).</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Created">True when this upload made the version; false when the same text was already stored.</param>
/// <param name="Warnings">The file's warnings.</param>
internal sealed record RuleSetUploadResponse(
    string Version, int Number, string Name, string FileName, string ContentHash, string Author, DateTimeOffset CreatedAt, bool Created, IReadOnlyList<DiagnosticResponse> Warnings);

/// <summary>An activation: a version in force from an instant on.</summary>
/// <param name="Version">The version id.</param>
/// <param name="EffectiveFrom">From when inputs are evaluated with it.</param>
/// <param name="ActivatedBy">Who activated it.</param>
/// <param name="ActivatedAt">When it was activated.</param>
internal sealed record ActivationResponse(string Version, DateTimeOffset EffectiveFrom, string ActivatedBy, DateTimeOffset ActivatedAt)
{
    /// <summary>The response form of an activation.</summary>
    public static ActivationResponse From(RuleSetActivated activated) =>
        new(RuleSetVersions.Id(activated.Number), activated.EffectiveFrom, activated.ActivatedBy, activated.ActivatedAt);
}

/// <summary>A stored version without its source text.</summary>
/// <param name="Version">The version id.</param>
/// <param name="Number">The version's number.</param>
/// <param name="Name">The program's name.</param>
/// <param name="FileName">The file name it was stored under.</param>
/// <param name="ContentHash">SHA-256 of the source text, hex.</param>
/// <param name="Author">Who stored it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Active">True for the version in force now.</param>
internal sealed record RuleSetSummary(string Version, int Number, string Name, string FileName, string ContentHash, string Author, DateTimeOffset CreatedAt, bool Active);

/// <summary>One entry of the activation timeline.</summary>
/// <param name="Version">The version activated.</param>
/// <param name="EffectiveFrom">From when it is in force.</param>
/// <param name="ActivatedBy">Who activated it.</param>
/// <param name="ActivatedAt">When it was activated.</param>
/// <param name="Status"><c>active</c> (in force now), <c>scheduled</c> (effective later) or <c>superseded</c> (was or would have been in force, replaced by a later one).</param>
internal sealed record TimelineEntry(string Version, DateTimeOffset EffectiveFrom, string ActivatedBy, DateTimeOffset ActivatedAt, string Status);

/// <summary>Every stored version and the activation timeline.</summary>
/// <param name="Active">The version in force now; null when none is.</param>
/// <param name="Versions">The stored versions, oldest first, without source text.</param>
/// <param name="Timeline">The activations ordered by effective time (then by when they were made).</param>
internal sealed record RuleSetListResponse(string? Active, IReadOnlyList<RuleSetSummary> Versions, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>One stored version with its source text.</summary>
/// <param name="Version">The version id.</param>
/// <param name="Number">The version's number.</param>
/// <param name="Name">The program's name.</param>
/// <param name="FileName">The file name it was stored under.</param>
/// <param name="ContentHash">SHA-256 of the source text, hex.</param>
/// <param name="Author">Who stored it.</param>
/// <param name="CreatedAt">When it was stored.</param>
/// <param name="Active">True for the version in force now.</param>
/// <param name="Source">The source text, exactly as uploaded.</param>
internal sealed record RuleSetDetailResponse(
    string Version, int Number, string Name, string FileName, string ContentHash, string Author, DateTimeOffset CreatedAt, bool Active, string Source);
