namespace LoyaltyRules.Language;

/// <summary>How bad a diagnostic is: errors stop compilation, warnings do not.</summary>
public enum DiagnosticSeverity
{
    /// <summary>Compiles, but probably not what was meant.</summary>
    Warning,

    /// <summary>Does not compile.</summary>
    Error,
}
