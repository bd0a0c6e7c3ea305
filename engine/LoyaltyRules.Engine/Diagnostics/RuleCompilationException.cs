namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>A valid rule definition could not be compiled into the network (for example an expression the compiler cannot turn into code).</summary>
public sealed class RuleCompilationException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public RuleCompilationException(string message, string ruleName, Exception? innerException = null)
        : base($"Rule '{ruleName}': {message}", [ruleName], innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RuleCompilationException()
        : base("A rule could not be compiled.")
    {
    }
}
