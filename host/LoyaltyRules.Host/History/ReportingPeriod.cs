using System.Globalization;
using System.Text.Json.Serialization;

namespace LoyaltyRules.Host.History;

/// <summary>
/// A period of whole UTC days, both ends included, as product owners name it ("from 2026-01-01 to
/// 2026-03-31"). An input belongs to it when it occurred from <see cref="Start"/> up to, not including, <see cref="End"/>.
/// </summary>
/// <param name="From">The first day.</param>
/// <param name="To">The last day (included).</param>
public readonly record struct ReportingPeriod(DateOnly From, DateOnly To)
{
    /// <summary>The first instant of the period (midnight UTC of <see cref="From"/>).</summary>
    [JsonIgnore]
    public DateTimeOffset Start => Midnight(From);

    /// <summary>The first instant after the period (midnight UTC after <see cref="To"/>).</summary>
    [JsonIgnore]
    public DateTimeOffset End => Midnight(To.AddDays(1));

    /// <summary>How many days the period has.</summary>
    [JsonIgnore]
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The period of the same length just before this one.</summary>
    [JsonIgnore]
    public ReportingPeriod Previous => new(From.AddDays(-Days), From.AddDays(-1));

    /// <summary>Whether <paramref name="instant"/> falls within the period.</summary>
    public bool Contains(DateTimeOffset instant) => instant >= Start && instant < End;

    /// <summary>Midnight UTC at the start of <paramref name="day"/>.</summary>
    public static DateTimeOffset Midnight(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd} to {To:yyyy-MM-dd}");
}
