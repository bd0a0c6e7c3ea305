using LoyaltyRules.Core.Explanations;
using LoyaltyRules.Engine;
using LoyaltyRules.RuleModel;

namespace LoyaltyRules.Core.Evaluation;

/// <summary>
/// A compiled loyalty program: its tiers, settings and rules, and the session factory that
/// evaluates the rules. Immutable and thread-safe; build it once per rule-set version.
/// </summary>
public sealed class LoyaltyProgram
{
    /// <summary>Compiles the program (validating its rules); <paramref name="sources"/> says where its rules are written, for explanations.</summary>
    public LoyaltyProgram(string name, string currency, IReadOnlyList<TierDefinition> tiers, ProgramSettings settings, IReadOnlyList<RuleDefinition> rules, IProgramSources? sources = null)
    {
        ArgumentNullException.ThrowIfNull(tiers);
        ArgumentNullException.ThrowIfNull(rules);
        if (tiers.Select((t, i) => t.Level != i).Any(wrong => wrong))
        {
            throw new ArgumentException("Tier levels must count 0, 1, 2 … in order.", nameof(tiers));
        }

        Name = name;
        Currency = currency;
        Tiers = tiers;
        Settings = settings;
        Rules = rules;
        Factory = RuleCompiler.Compile(rules);
        Sources = sources ?? IProgramSources.None;
    }

    /// <summary>The program's name, as its file declares it.</summary>
    public string Name { get; }

    /// <summary>The currency money amounts in the rules are in.</summary>
    public string Currency { get; }

    /// <summary>The tiers, lowest first; empty when the program has none.</summary>
    public IReadOnlyList<TierDefinition> Tiers { get; }

    /// <summary>Tier reviews, re-qualification after reversals, points expiry.</summary>
    public ProgramSettings Settings { get; }

    /// <summary>The rules, in declaration order (their firing tie-break).</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Creates the sessions that evaluate the rules.</summary>
    public ISessionFactory Factory { get; }

    /// <summary>Where the rules and tiers are written, and their conditions as written (none for a program built in code).</summary>
    public IProgramSources Sources { get; }

    /// <summary>The name of a tier level (or "level n" for a level the program does not have).</summary>
    public string TierName(int level) => level >= 0 && level < Tiers.Count ? Tiers[level].Name : $"level {level}";

    /// <summary>The level of a tier, or -1 when the program has no such tier.</summary>
    public int TierLevel(string name)
    {
        for (var i = 0; i < Tiers.Count; i++)
        {
            if (string.Equals(Tiers[i].Name, name, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
