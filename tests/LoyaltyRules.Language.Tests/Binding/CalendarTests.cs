using LoyaltyRules.Core;
using LoyaltyRules.Language.Binding;

namespace LoyaltyRules.Language.Tests.Binding;

/// <summary>Date arithmetic at compile time: the same dates as <see cref="Period"/> gives inside the calendar, a failure (not an exception) past its ends.</summary>
public sealed class CalendarTests
{
    [Theory]
    [InlineData("2026-01-31", 1, 0, 1)]
    [InlineData("2024-02-29", 12, 0, 1)]
    [InlineData("2026-03-31", 1, 0, -1)]
    [InlineData("2026-12-31", 0, 1, 1)]
    [InlineData("2026-01-01", 0, 1, -1)]
    [InlineData("2000-03-01", 36, 45, 1)]
    [InlineData("2000-03-01", 36, 45, -1)]
    public void TryShift_InsideTheCalendar_GivesWhatPeriodGives(string date, int months, int days, int direction)
    {
        var start = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);
        var period = new Period(months, days);

        Assert.True(Calendar.TryShift(start, period, direction, out var shifted));

        Assert.Equal(direction > 0 ? period.After(start) : period.Before(start), shifted);
    }

    [Theory]
    [InlineData("9999-12-31", 0, 1, 1)]
    [InlineData("0001-01-01", 0, 1, -1)]
    [InlineData("9999-12-01", 1, 0, 1)]
    [InlineData("2026-01-01", 1_200_000, 0, 1)]
    [InlineData("2026-01-01", 0, 100_000_000, -1)]
    public void TryShift_PastTheCalendar_Fails(string date, int months, int days, int direction)
    {
        var start = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.False(Calendar.TryShift(start, new Period(months, days), direction, out _));
    }

    [Theory]
    [InlineData("2026-13-01", "months run from 01 to 12")]
    [InlineData("2026-00-10", "months run from 01 to 12")]
    [InlineData("2026-04-31", "April 2026 has only 30 days")]
    [InlineData("2026-02-29", "February 2026 has only 28 days")]
    [InlineData("2026-01-00", "days run from 01 to 31")]
    [InlineData("0000-01-01", "years run from 0001 to 9999")]
    public void WhyNotADate_ImpossibleDate_SaysWhy(string written, string why) =>
        Assert.Equal(why, Calendar.WhyNotADate(written));
}
