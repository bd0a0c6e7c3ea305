using System.Globalization;

namespace LoyaltyRules.Host.RuleSets;

/// <summary>Version ids: <c>v</c> and the number.</summary>
public static class RuleSetVersions
{
    /// <summary>The one stream that holds every stored version and every activation, in order.</summary>
    public const string StreamId = "rule-sets";

    /// <summary>The id of version <paramref name="number"/>.</summary>
    public static string Id(int number) => "v" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The number in an id (<c>v7</c> or <c>7</c>), or null when it is not one.</summary>
    public static int? Parse(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var digits = id.StartsWith('v') ? id[1..] : id;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : null;
    }
}
