namespace LoyaltyRules.Core.Evaluation;

/// <summary>An input that cannot be evaluated for this customer (not enrolled, enrolled twice, …); nothing was decided.</summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception with the reason.</summary>
    public InvalidInputException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public InvalidInputException()
        : base("The input cannot be evaluated.")
    {
    }

    /// <summary>Creates the exception with the reason and its cause.</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
