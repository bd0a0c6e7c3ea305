using System.Globalization;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>Values as traces write them: the same on every machine, whatever its culture (dates as <c>yyyy-MM-dd</c>).</summary>
internal static class TraceText
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
