using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c>: what the page (and the embed snippet) calls before it starts Web Chat, in both
/// modes, so the page code is the same. With DirectLine:Secret it exchanges the secret for a conversation token at the
/// Direct Line service (a random <c>dl_</c> user and the trusted origins embedded); without one it mints a local token.
/// Either way the answer is only {token, conversationId, expires_in, userId, domain}: the secret never leaves the server.
/// </summary>
internal static class DirectLineTokenEndpoint
{
    public const string Route = "/api/directline/token";
    public const string HttpClientName = "LeadBotDirectLine";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync).RequireCors(WebsiteExtensions.CorsPolicy);

    private static async Task<IResult> HandleAsync(HttpContext http, IOptions<DirectLineOptions> options, IServiceProvider services)
    {
        http.Response.Headers.CacheControl = "no-store";
        var o = options.Value;
        var userId = LocalDirectLineEndpoints.NewUserId();
        if (!o.UsesAzureDirectLine)
        {
            var conversations = services.GetRequiredService<LocalConversations>();
            var tokens = services.GetRequiredService<DirectLineTokens>();
            if (LocalDirectLineEndpoints.Generate(conversations, tokens, userId) is not { } local)
            {
                return LocalDirectLineEndpoints.Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations; try again later.");
            }

            return Results.Json(new TokenResponse(local.Token, local.Conversation.Id, tokens.ExpiresInSeconds, userId,
                LocalDirectLineEndpoints.BaseUrl(http.Request, o) + LocalDirectLineEndpoints.ClientPrefix));
        }

        var origins = o.TrustedOrigins.Length > 0 ? o.TrustedOrigins : [RequestOrigin(http.Request)];
        using var request = new HttpRequestMessage(HttpMethod.Post, o.Endpoint.TrimEnd('/') + "/v3/directline/tokens/generate")
        {
            Content = JsonContent.Create(new { user = new { id = userId }, trustedOrigins = origins }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.Secret);
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineTokenEndpoint));
        try
        {
            var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            using var response = await client.SendAsync(request, http.RequestAborted).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Direct Line refused to generate a token: HTTP {StatusCode}.", (int)response.StatusCode);
                return Unavailable();
            }

            var generated = await response.Content.ReadFromJsonAsync<GeneratedToken>(http.RequestAborted).ConfigureAwait(false);
            if (generated is not { Token.Length: > 0, ConversationId.Length: > 0 })
            {
                logger.LogWarning("Direct Line answered tokens/generate without a token or conversation id.");
                return Unavailable();
            }

            return Results.Json(new TokenResponse(generated.Token, generated.ConversationId, generated.ExpiresIn ?? 1800, userId, o.AzureDomain));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException)
        {
            logger.LogWarning("Could not reach Direct Line to generate a token: {ExceptionType}.", ex.GetType().FullName);
            return Unavailable();
        }
    }

    /// <summary>The page's origin: its Origin header when it is one, else this request's own scheme and host.</summary>
    internal static string RequestOrigin(HttpRequest request)
    {
        var origin = request.Headers.Origin.ToString();
        return DirectLineOptionsValidation.IsOrigin(origin) ? origin.TrimEnd('/') : $"{request.Scheme}://{request.Host}";
    }

    private static IResult Unavailable() =>
        Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Chat unavailable", detail: "Could not get a Direct Line token.");

    internal sealed record TokenResponse(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("domain")] string Domain);

    private sealed record GeneratedToken(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
