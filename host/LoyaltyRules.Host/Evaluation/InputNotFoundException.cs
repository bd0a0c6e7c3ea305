namespace LoyaltyRules.Host.Evaluation;

/// <summary>A reference to an input that the customer's stream does not have (a reversal of an unknown event).</summary>
public sealed class InputNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InputNotFoundException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public InputNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public InputNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
