using LoyaltyRules.Language.Syntax;

namespace LoyaltyRules.Language.Binding;

/// <summary>
/// The program's own names — constants, named conditions, tiers — and the program's currency.
/// Constants are checked on first use (in any order); named conditions are checked at each use, in
/// the scope of the rule or tier that uses them.
/// </summary>
internal sealed class Symbols
{
    private readonly Dictionary<string, BoundExpression> _constantValues = new(StringComparer.Ordinal);
    private readonly List<string> _constantsInProgress = [];
    private readonly List<string> _conditionsInProgress = [];

    public Dictionary<string, ConstDeclarationSyntax> Constants { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ConditionDeclarationSyntax> Conditions { get; } = new(StringComparer.Ordinal);

    /// <summary>Tier names and their levels, lowest first.</summary>
    public Dictionary<string, int> Tiers { get; } = new(StringComparer.Ordinal);

    /// <summary>The program's currency, when it declares one.</summary>
    public string? Currency { get; set; }

    /// <summary>The constants and conditions some rule, tier or other declaration uses.</summary>
    public HashSet<string> Used { get; } = new(StringComparer.Ordinal);

    /// <summary>The names of the highest tier level, for messages.</summary>
    public int HighestTier => Tiers.Count - 1;

    /// <summary>Every name a rule may use besides attributes, for "did you mean".</summary>
    public IEnumerable<string> Names => Constants.Keys.Concat(Conditions.Keys).Concat(Tiers.Keys);

    /// <summary>A constant's value, checking it on first use; null while it is being checked (a cycle).</summary>
    public BoundExpression? ConstantValue(string name, Func<ConstDeclarationSyntax, BoundExpression> bind)
    {
        if (_constantValues.TryGetValue(name, out var value))
        {
            return value;
        }

        if (_constantsInProgress.Contains(name))
        {
            return null;
        }

        _constantsInProgress.Add(name);
        value = bind(Constants[name]);
        _constantsInProgress.Remove(name);
        _constantValues[name] = value;
        return value;
    }

    /// <summary>The constants being checked, innermost last (for a cycle message).</summary>
    public IReadOnlyList<string> ConstantsInProgress => _constantsInProgress;

    /// <summary>Marks a named condition as being checked; false when it already is (it refers to itself).</summary>
    public bool EnterCondition(string name)
    {
        if (_conditionsInProgress.Contains(name))
        {
            return false;
        }

        _conditionsInProgress.Add(name);
        return true;
    }

    public void LeaveCondition(string name) => _conditionsInProgress.Remove(name);

    /// <summary>The cycle through <paramref name="name"/>: "b → c → a".</summary>
    public string CyclePath(string name) =>
        string.Join(" → ", _conditionsInProgress.SkipWhile(n => n != name).Skip(1).Append(name));
}
