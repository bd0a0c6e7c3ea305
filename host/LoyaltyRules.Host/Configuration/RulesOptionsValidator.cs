using Microsoft.Extensions.Options;

namespace LoyaltyRules.Host.Configuration;

/// <summary>Refuses to start when the sample rules folder is missing, naming the folder it looked for.</summary>
internal sealed class RulesOptionsValidator(IHostEnvironment environment) : IValidateOptions<RulesOptions>
{
    public ValidateOptionsResult Validate(string? name, RulesOptions options)
    {
        var folder = Path.GetFullPath(options.Path, environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            return ValidateOptionsResult.Fail($"Rules:Path points at '{folder}', which is not a folder. Set Rules:Path to the folder that holds the sample *.loyalty files.");
        }

        var program = Path.Combine(folder, options.Program);
        return File.Exists(program)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Rules:Program names '{program}', which does not exist. Set Rules:Program to one of the *.loyalty files in '{folder}'.");
    }
}
