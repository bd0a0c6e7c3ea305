namespace LoyaltyRules.Host.Evaluation;

/// <summary>An input for a customer who has no stream: never enrolled.</summary>
public sealed class CustomerNotFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CustomerNotFoundException()
    {
    }

    /// <summary>Creates the exception with its message.</summary>
    public CustomerNotFoundException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its message and cause.</summary>
    public CustomerNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
