using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Security;

/// <summary>Refuses to start with no keys, with unknown roles, with repeated or short keys, or with the development keys outside Development.</summary>
internal sealed class ApiKeyOptionsValidator(IHostEnvironment environment) : IValidateOptions<ApiKeyOptions>
{
    private const int MinimumLength = 12;

    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var problems = new List<string>();
        if (options.Keys.Count == 0)
        {
            problems.Add($"No API keys are configured: add {ApiKeyOptions.Section}:Keys entries with Key, Role ({string.Join(", ", Roles.All)}) and Name.");
        }

        foreach (var (key, index) in options.Keys.Select((k, i) => (k, i)))
        {
            var where = $"{ApiKeyOptions.Section}:Keys:{index}";
            if (!Roles.All.Contains(key.Role))
            {
                problems.Add($"{where}:Role is '{key.Role}'; it must be one of {string.Join(", ", Roles.All)}.");
            }

            if (key.Key.Length < MinimumLength)
            {
                problems.Add($"{where}:Key is shorter than {MinimumLength} characters.");
            }

            if (!environment.IsDevelopment() && ApiKeyOptions.DevelopmentKeys.Contains(key.Key))
            {
                problems.Add($"{where}:Key is the development key '{key.Key}', which is public; outside Development configure keys of your own.");
            }
        }

        foreach (var repeated in options.Keys.GroupBy(k => k.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"The API key of {string.Join(" and ", repeated.Select(k => $"'{k.Name}'"))} is the same; each holder needs a key of their own.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
