using System.ComponentModel.DataAnnotations;

namespace LoyaltyRules.Host.Configuration;

/// <summary>Where the host finds the sample loyalty programs it activates when no other rule set is active.</summary>
public sealed class RulesOptions
{
    /// <summary>The configuration section: <c>Rules</c>.</summary>
    public const string Section = "Rules";

    /// <summary>Folder holding the sample <c>*.loyalty</c> files (relative paths resolve against the content root).</summary>
    [Required]
    public string Path { get; set; } = "rules";

    /// <summary>The file in <see cref="Path"/> activated from the beginning of time when no rule set has ever been activated.</summary>
    [Required]
    public string Program { get; set; } = "retail-banking.loyalty";
}
