using System.Globalization;
using System.Threading.RateLimiting;
using LeadBot.Bot.Telemetry;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The website's per-client rate limits (ASP.NET Core's rate limiter, partitioned by client IP address,
/// <see cref="DirectLineProtocol.ClientKey"/>): token requests (<c>/api/directline/token</c>, token refresh) and the
/// local Direct Line's other requests. A client over its limit gets 429 with Retry-After and a Direct Line error body;
/// other clients are not affected.
/// </summary>
internal static class WebsiteRateLimits
{
    public const string TokenPolicy = "LeadBotTokens";
    public const string DirectLinePolicy = "LeadBotDirectLine";

    public static void Add(RateLimiterOptions limiter)
    {
        limiter.AddPolicy<string, TokenRequests>(TokenPolicy);
        limiter.AddPolicy<string, DirectLineRequests>(DirectLinePolicy);
    }

    /// <summary>A token bucket per client: <paramref name="perMinute"/> requests at once, refilled evenly over a minute.</summary>
    private static RateLimitPartition<string> Bucket(HttpContext http, int perMinute) =>
        RateLimitPartition.GetTokenBucketLimiter(DirectLineProtocol.ClientKey(http), _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = perMinute,
            TokensPerPeriod = Math.Max(1, perMinute / 60),
            ReplenishmentPeriod = TimeSpan.FromSeconds(Math.Max(1.0, 60.0 / perMinute)),
            QueueLimit = 0,
            AutoReplenishment = true,
        });

    private static async ValueTask RejectAsync(OnRejectedContext context, string policy, CancellationToken cancellationToken)
    {
        LeadBotTelemetry.RequestRateLimited(policy);
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(2);
        response.Headers.RetryAfter = Math.Ceiling(Math.Max(1, retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await response.WriteAsJsonAsync(new { error = new { code = "TooManyRequests", message = "Too many requests from this address; try again shortly." } },
            cancellationToken).ConfigureAwait(false);
    }

    private sealed class TokenRequests(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, token) => RejectAsync(context, TokenPolicy, token);

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => Bucket(httpContext, options.Value.TokenRequestsPerMinute);
    }

    private sealed class DirectLineRequests(IOptions<DirectLineOptions> options) : IRateLimiterPolicy<string>
    {
        public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => (context, token) => RejectAsync(context, DirectLinePolicy, token);

        public RateLimitPartition<string> GetPartition(HttpContext httpContext) => Bucket(httpContext, options.Value.RequestsPerMinute);
    }
}
