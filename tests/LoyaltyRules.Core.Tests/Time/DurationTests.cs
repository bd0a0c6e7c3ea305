namespace LoyaltyRules.Core.Tests.Time;

/// <summary>Durations compare the calendar way: "tenure ≥ 3 years" means enrolled on or before the same date three years back.</summary>
public sealed class DurationTests
{
    [Theory]
    [InlineData("2023-03-01", "2026-03-01", true)]
    [InlineData("2023-03-02", "2026-03-01", false)]
    [InlineData("2020-02-29", "2023-02-28", true)]
    [InlineData("2020-02-29", "2023-02-27", false)]
    public void Compare_SpanWithYears_UsesTheCalendar(string start, string end, bool atLeastThreeYears)
    {
        var span = Duration.Between(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture));

        var order = Duration.Compare(span, Duration.Of(Period.FromYears(3)), span.End);

        Assert.Equal(atLeastThreeYears, order >= 0);
    }

    [Fact]
    public void Before_TwelveMonthsFromMonthEnd_LandsOnTheSameDayLastYear()
    {
        Assert.Equal(new DateOnly(2025, 3, 31), Period.FromMonths(12).Before(new DateOnly(2026, 3, 31)));
    }
}
