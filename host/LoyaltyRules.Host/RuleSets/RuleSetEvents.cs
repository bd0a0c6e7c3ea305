namespace LoyaltyRules.Host.RuleSets;

/// <summary>A rule file was stored as an immutable version. Versions count 1, 2, 3… in the rule-set stream.</summary>
/// <param name="Number">The version's number.</param>
/// <param name="Name">The program's name from its header.</param>
/// <param name="FileName">The file name it was uploaded as (diagnostics and explanations cite it).</param>
/// <param name="ContentHash">SHA-256 of the source text, hex.</param>
/// <param name="Author">Who stored it.</param>
/// <param name="CreatedAt">When.</param>
/// <param name="Source">The source text, exactly as uploaded.</param>
public sealed record RuleSetStored(int Number, string Name, string FileName, string ContentHash, string Author, DateTimeOffset CreatedAt, string Source)
{
    /// <summary>The version's id, as decisions name it: <c>v7</c>.</summary>
    public string Version => RuleSetVersions.Id(Number);
}

/// <summary>A stored version becomes the active one from <paramref name="EffectiveFrom"/> on (inputs that happened from then on are evaluated with it).</summary>
public sealed record RuleSetActivated(int Number, DateTimeOffset EffectiveFrom, string ActivatedBy, DateTimeOffset ActivatedAt);
