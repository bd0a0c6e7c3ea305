namespace LoyaltyRules.RuleModel;

/// <summary>Thrown when a rule set has problems; <see cref="Errors"/> lists every one of them.</summary>
public sealed class RuleModelValidationException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public RuleModelValidationException(IReadOnlyList<RuleModelError> errors)
        : base(Describe(errors)) => Errors = errors;

    /// <summary>Creates the exception with a message and no listed errors.</summary>
    public RuleModelValidationException(string message)
        : base(message) => Errors = [];

    /// <summary>Creates the exception with a message, a cause and no listed errors.</summary>
    public RuleModelValidationException(string message, Exception innerException)
        : base(message, innerException) => Errors = [];

    /// <summary>Creates the exception with no listed errors.</summary>
    public RuleModelValidationException()
        : base("The rule set is invalid.") => Errors = [];

    /// <summary>Every problem found, in rule order.</summary>
    public IReadOnlyList<RuleModelError> Errors { get; }

    private static string Describe(IReadOnlyList<RuleModelError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return $"The rule set has {errors.Count} problem{(errors.Count == 1 ? "" : "s")}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(e => "  " + e));
    }
}
