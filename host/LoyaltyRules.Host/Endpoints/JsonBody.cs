using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>
/// Reads a JSON request body itself, so that a body that is not JSON, or holds a value of the wrong
/// type, answers 400 problem details naming the field (the framework's binding answers a bare 400).
/// </summary>
internal static class JsonBody
{
    /// <summary>
    /// The body as <typeparamref name="T"/> (default when there is no body or it is <c>null</c>), or the
    /// problem to answer: 415 for a content type other than JSON, 400 naming the field for bad JSON.
    /// </summary>
    public static async Task<(T? Value, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        if (request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>() is { CanHaveBody: false })
        {
            return (null, null);
        }

        if (!request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(
                title: "The body must be JSON",
                detail: $"Send the body as application/json, not '{request.ContentType}'.",
                statusCode: StatusCodes.Status415UnsupportedMediaType));
        }

        try
        {
            return (await request.ReadFromJsonAsync<T>(cancellationToken).ConfigureAwait(false), null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? null : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
            var where = $"line {(ex.LineNumber ?? 0) + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}";
            return (null, TypedResults.Problem(
                title: "The body is not valid JSON for this request",
                detail: field is null
                    ? $"The body is not a valid JSON object ({where})."
                    : $"The field '{field}' is missing its value, is cut off or has the wrong type ({where}).",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["field"] = field }));
        }
    }
}
