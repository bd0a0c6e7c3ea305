namespace LoyaltyRules.Host.RuleSets;

/// <summary>No rule set was in force at an input's time, so it cannot be evaluated.</summary>
public sealed class NoActiveRuleSetException : Exception
{
    /// <summary>Creates the exception.</summary>
    public NoActiveRuleSetException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public NoActiveRuleSetException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public NoActiveRuleSetException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
