namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>The base of every exception the engine throws about rules; <see cref="RuleNames"/> says which rules.</summary>
public class RuleEngineException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RuleEngineException(string message, IReadOnlyList<string> ruleNames, Exception? innerException = null)
        : base(message, innerException) => RuleNames = ruleNames;

    /// <summary>Creates the exception with no rule named.</summary>
    public RuleEngineException()
        : this("The rules engine failed.", [])
    {
    }

    /// <summary>Creates the exception with no rule named.</summary>
    public RuleEngineException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with no rule named.</summary>
    public RuleEngineException(string message, Exception innerException)
        : this(message, [], innerException)
    {
    }

    /// <summary>The rules concerned: a condition shared by several rules names them all.</summary>
    public IReadOnlyList<string> RuleNames { get; }

    /// <summary>The first rule concerned, or an empty string.</summary>
    public string RuleName => RuleNames.Count > 0 ? RuleNames[0] : "";
}
