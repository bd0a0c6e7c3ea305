namespace LoyaltyRules.Host.Security;

/// <summary>The API keys the host accepts (configuration section <c>ApiKeys</c>: a list of key, role and name).</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "ApiKeys";

    /// <summary>The development-only keys shipped in <c>appsettings.Development.json</c>; any other environment refuses to start with them.</summary>
    public static readonly IReadOnlyList<string> DevelopmentKeys = ["dev-admin-key", "dev-client-key", "dev-auditor-key"];

    /// <summary>The keys.</summary>
    public List<ApiKey> Keys { get; set; } = [];
}

/// <summary>One API key: the secret, the role it grants, and who holds it (for logs and audit).</summary>
public sealed class ApiKey
{
    /// <summary>The secret sent in <c>X-Api-Key</c>.</summary>
    public string Key { get; set; } = "";

    /// <summary>admin, client or auditor.</summary>
    public string Role { get; set; } = "";

    /// <summary>Who holds the key.</summary>
    public string Name { get; set; } = "";
}
