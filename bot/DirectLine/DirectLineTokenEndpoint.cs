using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using LeadBot.Bot.Telemetry;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// <c>POST /api/directline/token</c>: what the widget calls before it starts Web Chat, in both modes, so the widget code
/// is the same. The body may carry the visitor pass the widget kept (<c>{"visitor": "…", "token": "…"}</c>): a valid
/// pass continues as the same visitor and, when possible, in the same conversation (a local conversation still open; an
/// Azure conversation whose last token the widget sent and that Direct Line still refreshes). Otherwise the visitor gets
/// a new id and conversation. The answer is {token, conversationId, expires_in, userId, domain, visitor, resumed}: the
/// Direct Line secret never leaves the server and the user id is always the server's.
/// A page on an origin that is neither the bot's own nor in DirectLine:TrustedOrigins gets 403 with a message that names
/// the setting (readable by the widget, which shows it), and the refusal is logged.
/// </summary>
internal static class DirectLineTokenEndpoint
{
    public const string Route = "/api/directline/token";
    public const string HttpClientName = "LeadBotDirectLine";
    public const string TrustedOriginsSetting = DirectLineOptions.SectionName + ":TrustedOrigins";
    public const string SecretSetting = DirectLineOptions.SectionName + ":Secret";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, HandleAsync)
            .RequireCors(WebsiteCors.TokenPolicy)
            .RequireRateLimiting(WebsiteRateLimits.TokenPolicy);

    private static async Task<IResult> HandleAsync(HttpContext http, IOptions<DirectLineOptions> options, BotAddress address,
        VisitorPasses passes, IServiceProvider services, ILoggerFactory loggers)
    {
        http.Response.Headers.CacheControl = "no-store";
        var logger = loggers.CreateLogger(typeof(DirectLineTokenEndpoint));
        var o = options.Value;
        if (o.Mode == DirectLineMode.Off)
        {
            // A configuration gap, not an outage: the widget shows "not enabled" and the operator's log names the key.
            logger.LogWarning("Refused a chat token: the website chat is off because MicrosoftAppId is set without {Setting}.", SecretSetting);
            return Results.Json(new
            {
                error = new
                {
                    code = "ChatNotConfigured",
                    message = $"The website chat is off: with a MicrosoftAppId, set {SecretSetting} (Azure Direct Line).",
                    setting = SecretSetting,
                },
            }, statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        var origin = http.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && !address.IsAllowedOrigin(origin))
        {
            LeadBotTelemetry.DirectLineTokenAnswered(ModeName(o.Mode), "origin-refused");
            logger.LogWarning("Refused a chat token to a page on {Origin}: the origin is not listed in {Setting}.",
                DirectLineOptionsValidation.IsOrigin(origin) ? origin.TrimEnd('/') : "(not an origin)", TrustedOriginsSetting);
            return Results.Json(new
            {
                error = new
                {
                    code = "OriginNotAllowed",
                    message = $"This site may not start the chat: add its origin to {TrustedOriginsSetting}.",
                    setting = TrustedOriginsSetting,
                },
            }, statusCode: StatusCodes.Status403Forbidden);
        }

        var (body, tooLarge) = await DirectLineProtocol.ReadJsonAsync(http.Request).ConfigureAwait(false);
        if (tooLarge)
        {
            return DirectLineProtocol.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large.");
        }

        var pass = passes.Read(StringOf(body, "visitor"));
        var visitorId = pass?.VisitorId ?? VisitorPasses.NewVisitorId();
        var issued = o.Mode == DirectLineMode.Local
            ? IssueLocal(http, services, pass, visitorId)
            : await IssueAzureAsync(http, o, address, services, logger, pass, StringOf(body, "token"), visitorId).ConfigureAwait(false);
        LeadBotTelemetry.DirectLineTokenAnswered(ModeName(o.Mode), issued is null ? "failed" : issued.Resumed ? "resumed" : "new");
        if (issued is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "Chat unavailable", detail: "Could not get a Direct Line token.");
        }

        return Results.Json(issued with { Visitor = passes.Issue(visitorId, issued.ConversationId) });
    }

    private static TokenResponse IssueLocal(HttpContext http, IServiceProvider services, VisitorPass? pass, string visitorId)
    {
        var conversations = services.GetRequiredService<LocalConversations>();
        var tokens = services.GetRequiredService<DirectLineTokens>();
        var address = services.GetRequiredService<BotAddress>();
        // The visitor's conversation continues while it is open and theirs; otherwise a new one, as the same visitor.
        var conversation = pass?.ConversationId is { } previous && conversations.Find(previous) is { } open && open.UserId == visitorId
            ? open
            : null;
        var resumed = conversation is not null;
        conversation ??= conversations.Create(visitorId, DirectLineProtocol.ClientKey(http));
        return new TokenResponse(tokens.Mint(conversation.Id, visitorId), conversation.Id, tokens.ExpiresInSeconds, visitorId,
            address.LocalDirectLineDomain, "", resumed);
    }

    private static async Task<TokenResponse?> IssueAzureAsync(HttpContext http, DirectLineOptions o, BotAddress address,
        IServiceProvider services, ILogger logger, VisitorPass? pass, string? previousToken, string visitorId)
    {
        var client = services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
        var root = o.Endpoint.TrimEnd('/') + "/v3/directline";
        try
        {
            if (pass?.ConversationId is { } previous && !string.IsNullOrEmpty(previousToken) && previousToken.Length <= 4096)
            {
                // Direct Line refreshes a token that has not expired yet: the visitor continues in that conversation.
                using var refresh = new HttpRequestMessage(HttpMethod.Post, root + "/tokens/refresh");
                refresh.Headers.Authorization = new AuthenticationHeaderValue("Bearer", previousToken);
                using var refreshed = await client.SendAsync(refresh, http.RequestAborted).ConfigureAwait(false);
                if (refreshed.IsSuccessStatusCode
                    && await refreshed.Content.ReadFromJsonAsync<GeneratedToken>(http.RequestAborted).ConfigureAwait(false) is { Token.Length: > 0 } again
                    && again.ConversationId == previous)
                {
                    return new TokenResponse(again.Token, previous, again.ExpiresIn ?? 1800, visitorId, o.AzureDomain, "", true);
                }
            }

            using var request = new HttpRequestMessage(HttpMethod.Post, root + "/tokens/generate")
            {
                // The user id in the token is what enhanced authentication enforces as the activities' from.id.
                Content = JsonContent.Create(new { user = new { id = visitorId }, trustedOrigins = address.TrustedOriginsForDirectLine }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", o.Secret);
            using var response = await client.SendAsync(request, http.RequestAborted).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Direct Line refused to generate a token: HTTP {StatusCode}.", (int)response.StatusCode);
                return null;
            }

            var generated = await response.Content.ReadFromJsonAsync<GeneratedToken>(http.RequestAborted).ConfigureAwait(false);
            if (generated is not { Token.Length: > 0, ConversationId.Length: > 0 })
            {
                logger.LogWarning("Direct Line answered tokens/generate without a token or conversation id.");
                return null;
            }

            return new TokenResponse(generated.Token, generated.ConversationId, generated.ExpiresIn ?? 1800, visitorId, o.AzureDomain, "", false);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or NotSupportedException)
        {
            logger.LogWarning("Could not reach Direct Line for a token: {ExceptionType}.", ex.GetType().FullName);
            return null;
        }
    }

    private static string ModeName(DirectLineMode mode) => mode == DirectLineMode.Local ? "local" : "azure";

    private static string? StringOf(JObject? body, string name) =>
        body?[name]?.Type == JTokenType.String ? body[name]!.Value<string>() : null;

    internal sealed record TokenResponse(
        [property: JsonPropertyName("token")] string Token,
        [property: JsonPropertyName("conversationId")] string ConversationId,
        [property: JsonPropertyName("expires_in")] int ExpiresIn,
        [property: JsonPropertyName("userId")] string UserId,
        [property: JsonPropertyName("domain")] string Domain,
        [property: JsonPropertyName("visitor")] string Visitor,
        [property: JsonPropertyName("resumed")] bool Resumed);

    private sealed record GeneratedToken(
        [property: JsonPropertyName("conversationId")] string? ConversationId,
        [property: JsonPropertyName("token")] string? Token,
        [property: JsonPropertyName("expires_in")] int? ExpiresIn);
}
