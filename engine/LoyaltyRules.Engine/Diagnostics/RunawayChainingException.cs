using System.Globalization;

namespace LoyaltyRules.Engine.Diagnostics;

/// <summary>
/// One call of <c>Fire</c> passed <see cref="SessionOptions.MaxFiringsPerFire"/>: rules kept
/// re-activating each other. <see cref="RuleEngineException.RuleNames"/> lists the rules that fired most, most first.
/// </summary>
public sealed class RunawayChainingException : RuleEngineException
{
    /// <summary>Creates the exception.</summary>
    public RunawayChainingException(int limit, IReadOnlyList<KeyValuePair<string, int>> firingsByRule)
        : base(Describe(limit, firingsByRule), [.. firingsByRule.Select(p => p.Key)])
    {
        Limit = limit;
        FiringsByRule = firingsByRule;
    }

    /// <summary>Creates the exception.</summary>
    public RunawayChainingException()
        : this(0, [])
    {
    }

    /// <summary>The limit that was passed.</summary>
    public int Limit { get; }

    /// <summary>How often each rule fired during that <c>Fire</c>, most first.</summary>
    public IReadOnlyList<KeyValuePair<string, int>> FiringsByRule { get; }

    private static string Describe(int limit, IReadOnlyList<KeyValuePair<string, int>> firings) =>
        string.Create(
            CultureInfo.InvariantCulture,
            $"More than {limit} rules fired in one Fire: the rules keep activating each other. Most firings: {string.Join(", ", firings.Take(5).Select(p => $"'{p.Key}' ({p.Value}x)"))}.");
}
