using System.Text.RegularExpressions;
using LoyaltyRules.Core;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>Collects what is wrong with a request, field by field, for a 400 validation problem.</summary>
internal sealed partial class InputValidation(InputOptions limits, TimeProvider clock)
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool IsValid => _errors.Count == 0;

    public IDictionary<string, string[]> Errors => _errors;

    public void Fail(string field, string message) =>
        _errors[field] = _errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];

    public string Id(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Fail(field, $"'{field}' is required.");
        }
        else if (!IdPattern().IsMatch(value))
        {
            Fail(field, $"'{field}' must be 1 to 100 characters: letters, digits, '-', '_', '.', ':'.");
        }

        return value ?? "";
    }

    public string Key(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Fail(field, $"'{field}' is required: a key unique to this input, so that a retried post is recognised.");
        }
        else if (value.Length > 200)
        {
            Fail(field, $"'{field}' may be at most 200 characters.");
        }

        return value ?? "";
    }

    public string Text(string field, string? value, bool required, string? fallback = null)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Fail(field, $"'{field}' is required.");
            }

            return fallback ?? "";
        }

        if (value.Length > 200)
        {
            Fail(field, $"'{field}' may be at most 200 characters.");
        }

        return value;
    }

    public DateTimeOffset Time(string field, DateTimeOffset? value)
    {
        if (value is not { } time)
        {
            Fail(field, $"'{field}' is required: when it happened, with its UTC offset (2026-11-23T10:15:00Z).");
            return default;
        }

        var now = clock.GetUtcNow();
        if (time > now + limits.FutureSkew)
        {
            Fail(field, $"'{field}' ({time:O}) is in the future; at most {limits.FutureSkew} ahead of the host's clock ({now:O}) is accepted.");
        }
        else if (time < now - limits.MaxAge)
        {
            Fail(field, $"'{field}' ({time:O}) is more than {limits.MaxAge.TotalDays:0} days ago.");
        }

        return time;
    }

    public decimal Amount(string field, decimal? value)
    {
        if (value is not { } amount)
        {
            Fail(field, $"'{field}' is required.");
            return 0;
        }

        if (amount <= 0)
        {
            Fail(field, $"'{field}' must be more than 0 (a refund is a reversal of the transaction).");
        }
        else if (amount > limits.MaxAmount)
        {
            Fail(field, $"'{field}' is more than the largest amount accepted ({limits.MaxAmount}).");
        }

        return amount;
    }

    public string Currency(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            Fail(field, $"'{field}' is required: an ISO 4217 code such as EUR.");
        }
        else if (!Currencies.IsKnown(value))
        {
            var upper = value.ToUpperInvariant();
            Fail(field, Currencies.IsKnown(upper)
                ? $"'{field}' is '{value}'; currency codes are upper case: '{upper}'."
                : $"'{field}' is '{value}', which is not an ISO 4217 currency code.");
        }

        return value ?? "";
    }

    public int? Score(string field, int? value, int low, int high)
    {
        if (value is { } score && (score < low || score > high))
        {
            Fail(field, $"'{field}' must be from {low} to {high}.");
        }

        return value;
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,100}$")]
    private static partial Regex IdPattern();
}
