namespace LoyaltyRules.RuleModel;

/// <summary>
/// Checks a rule set and reports every problem at once, each naming its rule: names, scopes (every
/// expression parameter must name a declaration visible where it is used, with a compatible type),
/// condition and aggregate types, and actions.
/// </summary>
public static class RuleModelValidator
{
    /// <summary>Every problem in <paramref name="rules"/>, in rule order; empty when the set is valid.</summary>
    public static IReadOnlyList<RuleModelError> Validate(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<RuleModelError>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            if (rule is null)
            {
                errors.Add(new RuleModelError("(null)", "the rule set contains a null rule"));
                continue;
            }

            if (!string.IsNullOrWhiteSpace(rule.Name) && !seen.Add(rule.Name))
            {
                errors.Add(new RuleModelError(rule.Name, "another rule has the same name; rule names must be unique"));
            }

            errors.AddRange(new RuleChecker(rule).Check());
        }

        return errors;
    }

    /// <summary>Throws <see cref="RuleModelValidationException"/> listing every problem, if there is any.</summary>
    public static void ThrowIfInvalid(IEnumerable<RuleDefinition> rules)
    {
        var errors = Validate(rules);
        if (errors.Count > 0)
        {
            throw new RuleModelValidationException(errors);
        }
    }
}
