using System.Text.Json.Serialization;

namespace LoyaltyRules.Core.State;

/// <summary>
/// A figure per day (a count, a sum, a maximum), kept only for the days that have one and only
/// within <see cref="CustomerState.Horizon"/>: rolling-window aggregates read at most that many
/// entries, however long the customer's history is.
/// </summary>
/// <remarks>
/// Stored compactly (<see cref="DailySeriesJsonConverter"/>): a busy customer's state holds a dozen
/// series of a thousand days each, and every append reads and writes it whole.
/// </remarks>
[JsonConverter(typeof(DailySeriesJsonConverter))]
public sealed class DailySeries
{
    private List<DailyValue>? _days;
    private string? _text;

    /// <summary>How many days older than asked <see cref="DropBefore"/> may keep: trimming then happens about monthly, not daily.</summary>
    private const int TrimSlackDays = 31;

    /// <summary>The days with a value, in date order (read from the stored text on first use).</summary>
    public List<DailyValue> Days
    {
        get => _days ??= _text is null ? [] : DailySeriesJsonConverter.Parse(_text).Days;
        set
        {
            _days = value;
            _text = null;
        }
    }

    /// <summary>
    /// The series as stored, read only when something asks for its days: an evaluation reads and
    /// changes a few series of the state, and writes the others back exactly as they came.
    /// </summary>
    public static DailySeries FromStoredText(string text) => new() { _text = text };

    /// <summary>The stored text, when the days were never read (so it is still exact).</summary>
    internal string? StoredText => _days is null ? _text ?? "" : null;

    /// <summary>Adds <paramref name="value"/> to the day's figure.</summary>
    public void Add(DateOnly day, decimal value)
    {
        if (_days is null && DailySeriesJsonConverter.TryChange(ref _text, day, value, raise: false))
        {
            return;
        }

        var at = Find(day);
        if (at >= 0)
        {
            Days[at] = Days[at] with { Value = Days[at].Value + value };
        }
        else
        {
            Days.Insert(~at, new DailyValue(day, value));
        }
    }

    /// <summary>Raises the day's figure to <paramref name="value"/> if it is higher.</summary>
    public void Raise(DateOnly day, decimal value)
    {
        if (_days is null && DailySeriesJsonConverter.TryChange(ref _text, day, value, raise: true))
        {
            return;
        }

        var at = Find(day);
        if (at < 0)
        {
            Days.Insert(~at, new DailyValue(day, value));
        }
        else if (value > Days[at].Value)
        {
            Days[at] = Days[at] with { Value = value };
        }
    }

    /// <summary>The sum of the figures from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public decimal Sum(DateOnly from, DateOnly to)
    {
        if (_days is null)
        {
            return DailySeriesJsonConverter.Sum(_text, from, to);
        }

        var total = 0m;
        for (var i = Start(from); i < Days.Count && Days[i].Day <= to; i++)
        {
            total += Days[i].Value;
        }

        return total;
    }

    /// <summary>The highest figure from <paramref name="from"/> to <paramref name="to"/>, or null when there is none.</summary>
    public decimal? Max(DateOnly from, DateOnly to)
    {
        if (_days is null)
        {
            return DailySeriesJsonConverter.Max(_text, from, to);
        }

        decimal? best = null;
        for (var i = Start(from); i < Days.Count && Days[i].Day <= to; i++)
        {
            if (best is null || Days[i].Value > best)
            {
                best = Days[i].Value;
            }
        }

        return best;
    }

    /// <summary>
    /// Forgets the days before <paramref name="day"/> once the oldest is more than a month older
    /// (windows never reach before <paramref name="day"/>, so the few kept longer change no figure).
    /// </summary>
    public void DropBefore(DateOnly day)
    {
        var oldest = _days is null ? DailySeriesJsonConverter.FirstDay(_text) : _days.Count > 0 ? _days[0].Day : null;
        if (oldest is null || oldest.Value.DayNumber >= day.DayNumber - TrimSlackDays)
        {
            return;
        }

        var first = Start(day);
        if (first > 0)
        {
            Days.RemoveRange(0, first);
        }
    }

    /// <summary>A copy.</summary>
    public DailySeries Clone() => new() { _days = _days is null ? null : [.. _days], _text = _text };

    private int Start(DateOnly from)
    {
        var at = Find(from);
        return at >= 0 ? at : ~at;
    }

    private int Find(DateOnly day)
    {
        int low = 0, high = Days.Count - 1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            var order = Days[middle].Day.CompareTo(day);
            if (order == 0)
            {
                return middle;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return ~low;
    }
}
