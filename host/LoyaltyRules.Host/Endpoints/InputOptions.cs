using System.ComponentModel.DataAnnotations;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>Limits on the inputs clients post (configuration section <c>Inputs</c>).</summary>
public sealed class InputOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Inputs";

    /// <summary>How far in the future (by the host's clock) an input's time may be: clocks differ a little.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan FutureSkew { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How old an input may be: older ones are almost certainly a mistake (a wrong year).</summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "36500.00:00:00")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(3650);

    /// <summary>The largest amount a transaction may have.</summary>
    [Range(typeof(decimal), "1", "1000000000000000")]
    public decimal MaxAmount { get; set; } = 1_000_000_000_000m;
}
