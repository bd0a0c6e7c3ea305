using System.ComponentModel.DataAnnotations;

namespace LoyaltyRules.Host.Sweeps;

/// <summary>The daily sweep: configuration section <c>Sweeps</c>.</summary>
public sealed class SweepOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Sweeps";

    /// <summary>Whether the host runs the sweep every day by itself.</summary>
    public bool Daily { get; set; } = true;

    /// <summary>The time of day (UTC) it runs, for that day's date.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan At { get; set; } = TimeSpan.FromMinutes(5);
}
