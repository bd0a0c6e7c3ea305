using System.ComponentModel.DataAnnotations;

namespace LoyaltyRules.Host.Configuration;

/// <summary>Where the host finds the sample loyalty programs it activates when no other rule set is active.</summary>
internal sealed class RulesOptions
{
    /// <summary>The configuration section: <c>Rules</c>.</summary>
    public const string Section = "Rules";

    /// <summary>Folder holding the sample <c>*.loyalty</c> files (relative paths resolve against the content root).</summary>
    [Required]
    public string Path { get; set; } = "rules";
}
