using System.Text.Json;
using LoyaltyRules.Core.State;

namespace LoyaltyRules.Core.Tests.State;

/// <summary>The compact stored form of a daily series, and changes made to it while it is still text.</summary>
public sealed class DailySeriesTests
{
    private static readonly DateOnly Start = new(2024, 2, 27);

    [Fact]
    public void Json_RoundTrip_KeepsEveryDayAndTheValuesExactScale()
    {
        var series = new DailySeries();
        series.Add(Start, 12.50m);
        series.Add(Start.AddDays(1), -3m);
        series.Add(Start.AddDays(40), 0.001m);
        series.Raise(Start.AddDays(41), 79228162514264337593543950335m);

        var json = JsonSerializer.Serialize(series);
        var back = JsonSerializer.Deserialize<DailySeries>(json)!;

        Assert.Equal("\"2024-02-27=12.50;1=-3;39=0.001;1=79228162514264337593543950335\"", json);
        Assert.Equal(series.Days, back.Days);
        Assert.Equal("12.50", back.Days[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Json_OldArrayForm_IsStillRead()
    {
        var back = JsonSerializer.Deserialize<DailySeries>("""{"Days":[{"Day":"2024-02-27","Value":3},{"Day":"2024-03-01","Value":1.5}]}""")!;

        Assert.Equal([new DailyValue(Start, 3m), new DailyValue(new DateOnly(2024, 3, 1), 1.5m)], back.Days);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Changes_OnTheStoredText_MatchTheSameChangesOnTheDays(int seed)
    {
        // The same random adds, raises and trims, once on days that were read and once on a series
        // re-loaded from its text before every change: the stored forms and every figure agree.
        var random = new Random(seed);
        var read = new DailySeries();
        var stored = DailySeries.FromStoredText("");
        var day = Start;
        for (var step = 0; step < 400; step++)
        {
            day = day.AddDays(random.Next(0, 3) == 0 ? random.Next(-5, 1) : random.Next(0, 4));
            var value = Math.Round((decimal)random.NextDouble() * 1000 - 100, random.Next(0, 4));
            stored = DailySeries.FromStoredText(DailySeriesJsonConverter.Format(stored));
            switch (random.Next(0, 5))
            {
                case 0:
                    read.Raise(day, value);
                    stored.Raise(day, value);
                    break;
                case 1:
                    read.DropBefore(day.AddDays(-60));
                    stored.DropBefore(day.AddDays(-60));
                    break;
                default:
                    read.Add(day, value);
                    stored.Add(day, value);
                    break;
            }

            Assert.Equal(DailySeriesJsonConverter.Format(read), DailySeriesJsonConverter.Format(stored));
            var from = day.AddDays(-random.Next(0, 90));
            var to = day.AddDays(random.Next(-10, 10));
            var text = DailySeries.FromStoredText(DailySeriesJsonConverter.Format(read));
            Assert.Equal(read.Sum(from, to), text.Sum(from, to));
            Assert.Equal(read.Max(from, to), text.Max(from, to));
        }

        Assert.Equal(read.Sum(Start, day), stored.Sum(Start, day));
        Assert.Equal(read.Max(Start.AddDays(100), day), stored.Max(Start.AddDays(100), day));
    }
}
