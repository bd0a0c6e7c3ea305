namespace LoyaltyRules.Host.Security;

/// <summary>The roles an API key carries, and the authorization policies named after them.</summary>
public static class Roles
{
    /// <summary>Rule sets and sweeps.</summary>
    public const string Admin = "admin";

    /// <summary>Customers, their events and redemptions.</summary>
    public const string Client = "client";

    /// <summary>Reads everything and replays; writes nothing.</summary>
    public const string Auditor = "auditor";

    /// <summary>The policy of routes both admins and auditors may read (rule sets).</summary>
    public const string AdminOrAuditor = "admin-or-auditor";

    /// <summary>Every role.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Client, Auditor];
}
