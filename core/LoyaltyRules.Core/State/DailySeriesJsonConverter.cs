using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LoyaltyRules.Core.State;

/// <summary>
/// Writes a <see cref="DailySeries"/> as one string: the first day in full, then each day as the
/// number of days since the previous one, each with its value — <c>"2026-01-05=3;1=2.50;7=1"</c>.
/// About a fifth of the size of an array of objects and far quicker to read. Values keep their exact
/// decimal representation. The array form (<c>{"Days":[{"Day":…,"Value":…}]}</c>) is still read.
/// </summary>
public sealed class DailySeriesJsonConverter : JsonConverter<DailySeries>
{
    /// <inheritdoc/>
    public override DailySeries Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        return reader.TokenType switch
        {
            JsonTokenType.String => DailySeries.FromStoredText(reader.GetString()!),
            JsonTokenType.StartObject => new DailySeries { Days = JsonSerializer.Deserialize<LegacySeries>(ref reader, options)?.Days ?? [] },
            JsonTokenType.Null => new DailySeries(),
            _ => throw new JsonException($"A daily series is a string, not {reader.TokenType}."),
        };
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DailySeries value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(Format(value));
    }

    /// <summary>The compact text of a series.</summary>
    public static string Format(DailySeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.StoredText is { } unchanged)
        {
            return unchanged;
        }

        var text = new StringBuilder(series.Days.Count * 8);
        DateOnly? previous = null;
        foreach (var (day, value) in series.Days)
        {
            if (previous is { } before)
            {
                text.Append(';').Append((day.DayNumber - before.DayNumber).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                text.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            text.Append('=');
            AppendValue(text, value);
            previous = day;
        }

        return text.ToString();
    }

    /// <summary>A series from its compact text.</summary>
    public static DailySeries Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var days = new List<DailyValue>();
        for (var entries = new Entries(text); entries.MoveNext();)
        {
            days.Add(new DailyValue(entries.Day, entries.Value));
        }

        return new DailySeries { Days = days };
    }

    /// <summary>
    /// Changes a series still held as text, without reading its values, when the change is at its
    /// end (the usual case: today's figure): a later day is appended; the last day's value is added
    /// to or raised. False when the day is earlier than the last (the caller then reads the days).
    /// </summary>
    public static bool TryChange(ref string? text, DateOnly day, decimal value, bool raise)
    {
        var builder = new StringBuilder();
        var entries = new Entries(text);
        if (!entries.MoveNext())
        {
            builder.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('=');
            AppendValue(builder, value);
            text = builder.ToString();
            return true;
        }

        // The last entry: the gaps are read, the values are not.
        while (entries.MoveNext())
        {
        }

        if (day > entries.Day)
        {
            builder.Append(text).Append(';').Append(day.DayNumber - entries.Day.DayNumber).Append('=');
            AppendValue(builder, value);
            text = builder.ToString();
            return true;
        }

        if (day < entries.Day)
        {
            return false;
        }

        var current = entries.Value;
        var changed = raise ? Math.Max(current, value) : current + value;
        if (raise && changed == current)
        {
            return true;
        }

        builder.Append(text, 0, entries.ValueStart);
        AppendValue(builder, changed);
        text = builder.ToString();
        return true;
    }

    /// <summary>The sum of the values from <paramref name="from"/> to <paramref name="to"/> in a series' text, read in place.</summary>
    public static decimal Sum(string? text, DateOnly from, DateOnly to)
    {
        var total = 0m;
        for (var entries = new Entries(text); entries.MoveNext() && entries.Day <= to;)
        {
            if (entries.Day >= from)
            {
                total += entries.Value;
            }
        }

        return total;
    }

    /// <summary>The highest value from <paramref name="from"/> to <paramref name="to"/> in a series' text, read in place; null when none.</summary>
    public static decimal? Max(string? text, DateOnly from, DateOnly to)
    {
        decimal? best = null;
        for (var entries = new Entries(text); entries.MoveNext() && entries.Day <= to;)
        {
            if (entries.Day >= from && (best is null || entries.Value > best))
            {
                best = entries.Value;
            }
        }

        return best;
    }

    /// <summary>The first day of a series' text, or null when it is empty.</summary>
    public static DateOnly? FirstDay(string? text)
    {
        var entries = new Entries(text);
        return entries.MoveNext() ? entries.Day : null;
    }

    /// <summary>
    /// The one reader of a series' text: walks its entries in order, working out each day from the
    /// gaps; a value is parsed only when asked for.
    /// </summary>
    private ref struct Entries(string? text)
    {
        private readonly ReadOnlySpan<char> _text = text;
        private int _next;
        private int _valueEnd;

        /// <summary>The current entry's day.</summary>
        public DateOnly Day { get; private set; }

        /// <summary>Where the current entry's value starts in the text.</summary>
        public int ValueStart { get; private set; }

        /// <summary>The current entry's value.</summary>
        public readonly decimal Value => ParseValue(_text[ValueStart.._valueEnd]);

        /// <summary>Moves to the next entry; false at the end.</summary>
        public bool MoveNext()
        {
            if (_next >= _text.Length)
            {
                return false;
            }

            var rest = _text[_next..];
            var end = rest.IndexOf(';');
            var entry = end < 0 ? rest : rest[..end];
            var equals = entry.IndexOf('=');
            if (equals <= 0)
            {
                throw new JsonException($"'{entry}' is not a day and a value.");
            }

            var when = entry[..equals];
            Day = _next == 0 ? ParseDay(when) : Day.AddDays(ParseOffset(when));
            ValueStart = _next + equals + 1;
            _valueEnd = _next + entry.Length;
            _next = _valueEnd + 1;
            return true;
        }
    }

    /// <summary>
    /// Reads the first day, <c>yyyy-MM-dd</c>, digit by digit: series are read on every evaluation,
    /// and the framework's exact parsing compares format patterns culture-aware each time.
    /// </summary>
    private static DateOnly ParseDay(ReadOnlySpan<char> text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && TryDigits(text[..4], out var year) && TryDigits(text[5..7], out var month) && TryDigits(text[8..], out var day)
            && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a day's offset from the one before (a small count of days).</summary>
    private static int ParseOffset(ReadOnlySpan<char> text) =>
        text.Length is > 0 and <= 9 && TryDigits(text, out var days) ? days : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    private static readonly long[] Powers = [.. Enumerable.Range(0, 19).Select(n => (long)Math.Pow(10, n))];

    /// <summary>
    /// Writes a value as the invariant culture would, scale included (12.50 stays 12.50), through
    /// integer formatting when its digits fit in a long (nearly always: counts, points, money).
    /// </summary>
    private static void AppendValue(StringBuilder text, decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var scale = (bits[3] >> 16) & 0xFF;
        if (bits[2] != 0 || bits[1] < 0 || scale >= Powers.Length)
        {
            text.Append(value.ToString(CultureInfo.InvariantCulture));
            return;
        }

        var digits = ((long)bits[1] << 32) | (uint)bits[0];
        if (bits[3] < 0)
        {
            text.Append('-');
        }

        if (scale == 0)
        {
            text.Append(digits);
            return;
        }

        text.Append(digits / Powers[scale]).Append('.');
        var fraction = digits % Powers[scale];
        Span<char> buffer = stackalloc char[19];
        fraction.TryFormat(buffer, out var written, default, CultureInfo.InvariantCulture);
        text.Append('0', scale - written).Append(buffer[..written]);
    }

    /// <summary>Reads a value written by <see cref="AppendValue"/>, keeping its scale.</summary>
    private static decimal ParseValue(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        var digits = negative ? text[1..] : text;
        var point = digits.IndexOf('.');
        var scale = point < 0 ? 0 : digits.Length - point - 1;
        if (digits.Length > 18 || digits.IsEmpty || point == 0 || scale > 18)
        {
            return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
        }

        long mantissa = 0;
        foreach (var c in digits)
        {
            if (c == '.')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);
            }

            mantissa = (mantissa * 10) + (c - '0');
        }

        return new decimal((int)(mantissa & 0xFFFFFFFF), (int)(mantissa >> 32), 0, negative, (byte)scale);
    }

    private sealed class LegacySeries
    {
        public List<DailyValue> Days { get; set; } = [];
    }
}
