using LoyaltyRules.Host.Measures;
using LoyaltyRules.Host.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LoyaltyRules.Host.Endpoints;

/// <summary><c>GET /measures</c>: the program's measures over a period, from the recorded history (admins and auditors).</summary>
internal static class MeasureEndpoints
{
    public static IEndpointRouteBuilder MapMeasureEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/measures", GetAsync)
            .RequireAuthorization(Roles.AdminOrAuditor)
            .WithName("GetMeasures")
            .WithSummary("The program's measures over a period")
            .WithDescription(
                "For ?from=yyyy-MM-dd&to=yyyy-MM-dd (both days included, UTC): active customers; retention (of those active in the previous period " +
                "of the same length, how many were active again); repeat purchase rate (of the customers with a purchase, how many made two or more; " +
                "reversed purchases do not count); NPS from survey answers (each customer's last answer in the period); points liability at the " +
                "period's end; customers per tier at the end of each month. A missing or bad date, from after to, a period over 3,660 days, " +
                "a day before 1900-01-01 or after 9998-12-31 answers 400 naming the field. " +
                "Reads only. Needs the admin or auditor role.")
            .WithTags("Measures")
            .Produces<ProgramMeasures>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return app;
    }

    internal static async Task<Results<Ok<ProgramMeasures>, ValidationProblem>> GetAsync(string? from, string? to, MeasuresService measures, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var first = PeriodValidation.Day(nameof(from), from, errors);
        var last = PeriodValidation.Day(nameof(to), to, errors);
        if (errors.Count > 0 || PeriodValidation.Check(first, last, errors) is not { } period)
        {
            return TypedResults.ValidationProblem(errors, title: "The period is not valid");
        }

        return TypedResults.Ok(await measures.MeasureAsync(period, cancellationToken).ConfigureAwait(false));
    }
}
