namespace LoyaltyRules.Cli.Hosting;

/// <summary>The host could not be reached (refused, unknown name, timed out).</summary>
internal sealed class HostUnreachableException : Exception
{
    public HostUnreachableException()
    {
    }

    public HostUnreachableException(string message)
        : base(message)
    {
    }

    public HostUnreachableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
