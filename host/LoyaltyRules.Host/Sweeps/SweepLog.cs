namespace LoyaltyRules.Host.Sweeps;

/// <summary>The sweep's log messages.</summary>
internal static partial class SweepLog
{
    [LoggerMessage(Level = LogLevel.Error, Message = "The sweep for {Date} failed for customer {Customer}")]
    public static partial void CustomerFailed(ILogger logger, Exception exception, DateOnly date, string customer);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sweep for {Date}: {Candidates} customers evaluated, {Affected} affected, {Decisions} decisions, {Failures} failures")]
    public static partial void Finished(ILogger logger, DateOnly date, int candidates, int affected, int decisions, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "The daily sweep for {Date} failed; it runs again tomorrow, or run it now with POST /sweeps")]
    public static partial void DailyFailed(ILogger logger, Exception exception, DateOnly date);
}
