using LoyaltyRules.Language;

namespace LoyaltyRules.Host.RuleSets;

/// <summary>The outcome of storing a rule file.</summary>
/// <param name="Version">The stored version; null when the file has errors.</param>
/// <param name="Created">Whether a new version was made (false when the same text was already stored).</param>
/// <param name="Compilation">The compilation, with its diagnostics (warnings too).</param>
public sealed record RuleSetUpload(RuleSetStored? Version, bool Created, Compilation Compilation);
