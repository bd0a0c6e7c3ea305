using LoyaltyRules.Language;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>The answer to a rule file that does not compile, the same wherever one is sent.</summary>
internal static class RuleFileProblems
{
    /// <summary>
    /// 422 problem details whose <c>diagnostics</c> extension lists every diagnostic, positioned;
    /// <paramref name="consequence"/> says what was not done ("nothing was stored").
    /// </summary>
    public static ProblemHttpResult DoesNotCompile(string fileName, Compilation compilation, string consequence) =>
        TypedResults.Problem(
            title: "The rule file does not compile",
            detail: $"'{fileName}' has {compilation.Errors.Count()} error(s); {consequence}. See 'diagnostics'.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["diagnostics"] = DiagnosticResponse.From(compilation.Diagnostics) });
}
