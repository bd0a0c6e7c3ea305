using LoyaltyRules.Engine.Compilation;
using LoyaltyRules.Engine.Diagnostics;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Engine;

/// <summary>Compiles rule definitions into a session factory: a shared Rete network of compiled delegates.</summary>
public static class RuleCompiler
{
    /// <summary>
    /// Validates <paramref name="rules"/> (every problem reported at once in a
    /// <see cref="RuleModelValidationException"/>) and compiles them. The order of
    /// <paramref name="rules"/> is their declaration order, the firing tie-break.
    /// </summary>
    /// <exception cref="RuleModelValidationException">A rule definition is invalid.</exception>
    /// <exception cref="RuleCompilationException">A valid rule could not be compiled.</exception>
    public static ISessionFactory Compile(IEnumerable<RuleDefinition> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToArray();
        RuleModelValidator.ThrowIfInvalid(list);
        return new NetworkBuilder(list).Build();
    }
}
