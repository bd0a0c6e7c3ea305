using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace LoyaltyRules.Host.Endpoints;

/// <summary>
/// Holds each route to its request-size limit (<see cref="IRequestSizeLimitMetadata"/>): a body
/// declared larger is answered 413 at once, without reading it; a body that turns out larger while
/// being read (no length given) is stopped by the server at the same limit and answered 413 too.
/// </summary>
internal sealed class RequestSizeLimitMiddleware(RequestDelegate next, IProblemDetailsService problems)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize;
        if (limit is { } max)
        {
            if (context.Request.ContentLength > max)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status413PayloadTooLarge,
                        Title = "The request body is too large",
                        Detail = $"This route reads at most {max:N0} bytes; the request has {context.Request.ContentLength:N0}.",
                    },
                }).ConfigureAwait(false);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            {
                feature.MaxRequestBodySize = max;
            }
        }

        await next(context).ConfigureAwait(false);
    }
}
