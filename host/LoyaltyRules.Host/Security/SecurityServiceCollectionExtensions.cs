using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Security;

/// <summary>API-key authentication and one authorization policy per role, plus one for routes admins and auditors both read.</summary>
internal static class SecurityServiceCollectionExtensions
{
    public static IServiceCollection AddLoyaltySecurity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ApiKeyOptions>()
            .Bind(configuration.GetSection(ApiKeyOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidator>();
        services.AddAuthentication(ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, _ => { });
        services.AddAuthorizationBuilder()
            .AddPolicy(Roles.Admin, policy => policy.RequireRole(Roles.Admin))
            .AddPolicy(Roles.Client, policy => policy.RequireRole(Roles.Client))
            .AddPolicy(Roles.Auditor, policy => policy.RequireRole(Roles.Auditor))
            .AddPolicy(Roles.AdminOrAuditor, policy => policy.RequireRole(Roles.Admin, Roles.Auditor));
        return services;
    }
}
