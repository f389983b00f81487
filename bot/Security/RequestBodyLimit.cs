using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Security;

/// <summary>An endpoint's own request body limit in bytes (set with <see cref="RequestBodyLimits.WithRequestBodyLimit{TBuilder}"/>).</summary>
public sealed record RequestBodyLimitMetadata(long MaxBytes);

/// <summary>
/// Bounded work per request: every request body is limited to Security:MaxRequestBodyBytes, or to its endpoint's own
/// (smaller) limit. A declared Content-Length beyond it gets 413 before a byte is read; a longer chunked body makes the
/// server stop reading at the limit (<see cref="Microsoft.AspNetCore.Http.BadHttpRequestException"/> with 413), which
/// handlers turn into a 413 too (<see cref="IsTooLarge"/>).
/// </summary>
public static class RequestBodyLimits
{
    /// <summary>Limits the request body of these endpoints to <paramref name="maxBytes"/> (e.g. a Direct Line route).</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        builder.Add(endpoint => endpoint.Metadata.Add(new RequestBodyLimitMetadata(maxBytes)));
        return builder;
    }

    /// <summary>Whether <paramref name="exception"/> is the server refusing to read past the body limit.</summary>
    public static bool IsTooLarge(Exception exception) =>
        exception is Microsoft.AspNetCore.Http.BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };

    public static IResult TooLarge(long maxBytes) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Request body too large",
        detail: $"The request body is larger than {maxBytes} bytes.");

    /// <summary>The middleware; after routing, so the endpoint's own limit is known.</summary>
    internal static async Task ApplyAsync(HttpContext context, RequestDelegate next)
    {
        var maxBytes = context.GetEndpoint()?.Metadata.GetMetadata<RequestBodyLimitMetadata>()?.MaxBytes
                       ?? context.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > maxBytes)
        {
            await TooLarge(maxBytes).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = maxBytes;
        }

        await next(context).ConfigureAwait(false);
    }
}
