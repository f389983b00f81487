using System.Globalization;
using System.Text;
using LeadBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The local Direct Line 3.0 surface (when no DirectLine:Secret is configured), for Web Chat with <c>dotnet run</c> and
/// nothing else. Client side under <c>/v3/directline</c>: tokens, conversations, activities with watermarks and the
/// WebSocket stream of ActivitySets. Bot side under <c>/v3/conversations</c>: the Connector routes the bot's replies go
/// to, because activities from the page reach the bot with this bot's own address as serviceUrl.
/// </summary>
internal static class LocalDirectLineEndpoints
{
    public const string ClientPrefix = "/v3/directline";
    public const string ChannelId = "directline";
    public const int MaxActivityBytes = 256 * 1024;

    internal static readonly ChannelAccount Bot = new("leadbot", "LeadBot", RoleTypes.Bot);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup(ClientPrefix).RequireCors(WebsiteExtensions.CorsPolicy);
        client.MapPost("/tokens/generate", GenerateAsync);
        client.MapPost("/tokens/refresh", Refresh);
        client.MapPost("/conversations", StartAsync);
        client.MapGet("/conversations/{conversationId}", Reconnect);
        client.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        client.MapGet("/conversations/{conversationId}/activities", GetActivities);
        client.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        client.MapPost("/conversations/{conversationId}/upload", () => Error(StatusCodes.Status501NotImplemented, "NotImplemented", "File upload is not supported by the local Direct Line."));

        var connector = endpoints.MapGroup("/v3/conversations");
        connector.MapPost("/{conversationId}/activities", FromBotAsync);
        connector.MapPost("/{conversationId}/activities/{activityId}", FromBotAsync);
        connector.MapPut("/{conversationId}/activities/{activityId}", UpdateFromBotAsync);
        connector.MapDelete("/{conversationId}/activities/{activityId}", (string conversationId, LocalConversations conversations) =>
            conversations.Find(conversationId) is null ? NotFound() : Results.Ok());
    }

    /// <summary>The bot's own base URL: Bot:PublicBaseUrl, or the request's scheme, host and path base.</summary>
    public static string BaseUrl(HttpRequest request, DirectLineOptions options) =>
        !string.IsNullOrEmpty(options.PublicBaseUrl)
            ? options.PublicBaseUrl.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');

    /// <summary>Mints a conversation and a token for a new user (local mode of POST /api/directline/token).</summary>
    public static (LocalConversation Conversation, string Token)? Generate(LocalConversations conversations, DirectLineTokens tokens, string userId)
    {
        var conversation = conversations.Create(userId);
        return conversation is null ? null : (conversation, tokens.Mint(conversation.Id, conversation.UserId));
    }

    // POST tokens/generate: locally there is no secret, so anyone may ask; the token carries a fresh dl_ user.
    private static async Task<IResult> GenerateAsync(HttpContext http, LocalConversations conversations, DirectLineTokens tokens)
    {
        var body = await ReadJsonAsync(http.Request).ConfigureAwait(false);
        var userId = UserIdFrom(body) ?? NewUserId();
        var generated = Generate(conversations, tokens, userId);
        return generated is not { } g
            ? Full()
            : Results.Json(new { conversationId = g.Conversation.Id, token = g.Token, expires_in = tokens.ExpiresInSeconds });
    }

    private static IResult Refresh(HttpContext http, LocalConversations conversations, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, null, out var grant) is { } refused)
        {
            return refused;
        }

        return conversations.Find(grant!.ConversationId) is null
            ? NotFound()
            : Results.Json(new { conversationId = grant.ConversationId, token = tokens.Mint(grant.ConversationId, grant.UserId), expires_in = tokens.ExpiresInSeconds });
    }

    // POST conversations: with a token from tokens/generate it starts that conversation (201, or 200 when already
    // started); without one it creates a new conversation, as a secret would.
    private static async Task<IResult> StartAsync(HttpContext http, LocalConversations conversations, DirectLineTokens tokens,
        IOptions<DirectLineOptions> options, IServiceProvider services)
    {
        var body = await ReadJsonAsync(http.Request).ConfigureAwait(false);
        LocalConversation? conversation;
        if (string.IsNullOrEmpty(BearerToken(http.Request)))
        {
            conversation = conversations.Create(UserIdFrom(body) ?? NewUserId());
            if (conversation is null)
            {
                return Full();
            }
        }
        else
        {
            if (Authorize(http, tokens, null, out var grant) is { } refused)
            {
                return refused;
            }

            conversation = conversations.Find(grant!.ConversationId);
            if (conversation is null)
            {
                return NotFound();
            }
        }

        var locale = body?["locale"]?.Type == JTokenType.String ? body["locale"]!.Value<string>() : null;
        if (IsLocale(locale))
        {
            conversation.Locale = locale;
        }

        var started = conversation.TryStart();
        var baseUrl = BaseUrl(http.Request, options.Value);
        if (started)
        {
            // Direct Line tells the bot that it joined; the page's webchat/join event then starts the conversation.
            var update = Stamp(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [Bot], MembersRemoved = [] }, conversation, baseUrl);
            update.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
            await RunTurnAsync(services, update, http.RequestAborted).ConfigureAwait(false);
        }

        var token = tokens.Mint(conversation.Id, conversation.UserId);
        var result = ConversationResult(conversation, token, tokens, baseUrl, null);
        return started ? Results.Json(result, statusCode: StatusCodes.Status201Created) : Results.Json(result);
    }

    // GET conversations/{id}?watermark=: reconnect; a fresh streamUrl that resumes after the watermark.
    private static IResult Reconnect(HttpContext http, string conversationId, string? watermark, LocalConversations conversations,
        DirectLineTokens tokens, IOptions<DirectLineOptions> options)
    {
        if (Authorize(http, tokens, conversationId, out var grant) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return NotFound();
        }

        var token = BearerToken(http.Request)!;
        return Results.Json(ConversationResult(conversation, token, tokens, BaseUrl(http.Request, options.Value), ParseWatermark(watermark)));
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, LocalConversations conversations,
        DirectLineTokens tokens, IOptions<DirectLineOptions> options, IServiceProvider services)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return NotFound();
        }

        var (activity, problem) = await ReadActivityAsync(http.Request).ConfigureAwait(false);
        if (activity is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }

        conversation.TryStart();
        var baseUrl = BaseUrl(http.Request, options.Value);
        var name = activity.From?.Name;
        activity = Stamp(activity, conversation, baseUrl);
        activity.From = new ChannelAccount(conversation.UserId, name, RoleTypes.User);
        activity.Id = null;
        activity.ReplyToId = null;

        // The user's activity is echoed to the page (Web Chat marks it as sent when it sees it come back).
        var id = conversation.Append(Clone(activity));
        activity.Id = id;
        if (activity.Type == ActivityTypes.Message)
        {
            conversation.Append(new Activity(ActivityTypes.Typing) { From = Bot, Recipient = activity.From });
        }

        if (!await RunTurnAsync(services, activity, http.RequestAborted).ConfigureAwait(false))
        {
            return Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not process the activity.");
        }

        return Results.Json(new { id });
    }

    private static IResult GetActivities(HttpContext http, string conversationId, string? watermark, LocalConversations conversations, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return NotFound();
        }

        var (activities, current) = conversation.After(ParseWatermark(watermark) ?? 0);
        return Results.Text(LocalConversation.ActivitySet(activities, current), "application/json", Encoding.UTF8);
    }

    private static async Task StreamAsync(HttpContext http, string conversationId, string? watermark, string? t,
        LocalConversations conversations, DirectLineTokens tokens)
    {
        var token = string.IsNullOrEmpty(t) ? BearerToken(http.Request) : t;
        var rejection = tokens.Validate(token, conversationId, out _);
        IResult? refused = rejection == TokenRejection.None ? null : Rejected(rejection);
        var conversation = refused is null ? conversations.Find(conversationId) : null;
        if (refused is null && conversation is null)
        {
            refused = NotFound();
        }

        if (refused is null && !http.WebSockets.IsWebSocketRequest)
        {
            refused = Error(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        if (refused is not null)
        {
            await refused.ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        var ticket = conversation!.ReserveListener();
        using var socket = await http.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        var stream = new ActivityStream(socket);
        conversation.Attach(stream, ParseWatermark(watermark) ?? 0, ticket);
        try
        {
            await stream.RunAsync(http.RequestAborted).ConfigureAwait(false);
        }
        finally
        {
            conversation.Detach(stream);
        }
    }

    // Bot side: a reply or a new activity from the bot (POST …/activities[/{replyToId}]).
    private static async Task<IResult> FromBotAsync(HttpContext http, string conversationId, string? activityId, LocalConversations conversations)
    {
        var (conversation, activity, problem) = await ReadBotActivityAsync(http, conversationId, conversations).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        activity!.ReplyToId ??= activityId;
        activity.Id = null;
        activity.Timestamp = null;
        var id = conversation!.Append(activity);
        return Results.Json(new ResourceResponse(id));
    }

    private static async Task<IResult> UpdateFromBotAsync(HttpContext http, string conversationId, string activityId, LocalConversations conversations)
    {
        var (conversation, activity, problem) = await ReadBotActivityAsync(http, conversationId, conversations).ConfigureAwait(false);
        if (problem is not null)
        {
            return problem;
        }

        return conversation!.Replace(activityId, activity!) ? Results.Json(new ResourceResponse(activityId)) : NotFound();
    }

    /// <summary>The conversation and the activity the bot sent to it, stamped as coming from the bot on this channel;
    /// or the problem to answer (unknown conversation, unreadable body).</summary>
    private static async Task<(LocalConversation? Conversation, Activity? Activity, IResult? Problem)> ReadBotActivityAsync(
        HttpContext http, string conversationId, LocalConversations conversations)
    {
        var conversation = conversations.Find(conversationId);
        if (conversation is null)
        {
            return (null, null, NotFound());
        }

        var (activity, problem) = await ReadActivityAsync(http.Request).ConfigureAwait(false);
        if (activity is null)
        {
            return (null, null, problem!);
        }

        activity.From ??= Bot;
        activity.ChannelId = ChannelId;
        return (conversation, activity, null);
    }

    /// <summary>Runs a turn through the same adapter and bot as every other channel: the activity is handed to the
    /// adapter exactly as <c>POST /api/messages</c> would hand it over, without an Authorization header (as the Emulator
    /// sends it), so the adapter authenticates it (anonymous when MicrosoftAppId is empty), runs the turn with its error
    /// handler, and the bot's replies go to the activity's serviceUrl: this bot's own Connector routes. False when the
    /// adapter refused the activity or the turn failed.</summary>
    private static async Task<bool> RunTurnAsync(IServiceProvider services, Activity activity, CancellationToken cancellationToken)
    {
        var adapter = services.GetRequiredService<IBotFrameworkHttpAdapter>();
        var bot = services.GetRequiredService<IBot>();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity, LocalConversations.Json)));
        context.Response.Body = Stream.Null;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(LocalDirectLineEndpoints));
        try
        {
            await adapter.ProcessAsync(context.Request, context.Response, bot, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or HttpRequestException or OperationCanceledException or Microsoft.Rest.HttpOperationException)
        {
            logger.LogWarning("Local Direct Line: the bot did not take activity {ActivityType} of conversation #{ConversationHash}: {ExceptionType}",
                activity.Type, AdapterWithErrorHandler.HashConversationId(activity.Conversation?.Id), ex.GetType().FullName);
            return false;
        }

        if (context.Response.StatusCode is < 200 or >= 300)
        {
            logger.LogWarning("Local Direct Line: the adapter answered {StatusCode} to activity {ActivityType} (the local Direct Line needs an empty MicrosoftAppId, or configure DirectLine:Secret).",
                context.Response.StatusCode, activity.Type);
            return false;
        }

        return true;
    }

    private static Activity Stamp(Activity activity, LocalConversation conversation, string baseUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = baseUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot;
        activity.Timestamp = null;
        activity.Locale = IsLocale(activity.Locale) ? activity.Locale : conversation.Locale;
        return activity;
    }

    private static object ConversationResult(LocalConversation conversation, string token, DirectLineTokens tokens, string baseUrl, long? watermark)
    {
        var ws = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + baseUrl[6..] : "ws:" + baseUrl[5..];
        var streamUrl = $"{ws}{ClientPrefix}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?"
            + (watermark is null ? "" : string.Create(CultureInfo.InvariantCulture, $"watermark={watermark}&"))
            + $"t={Uri.EscapeDataString(token)}";
        return new { conversationId = conversation.Id, token, expires_in = tokens.ExpiresInSeconds, streamUrl };
    }

    private static IResult? Authorize(HttpContext http, DirectLineTokens tokens, string? conversationId, out DirectLineGrant? grant)
    {
        var rejection = tokens.Validate(BearerToken(http.Request), conversationId, out grant);
        return rejection == TokenRejection.None ? null : Rejected(rejection);
    }

    private static IResult Rejected(TokenRejection rejection) => rejection switch
    {
        TokenRejection.Missing => Error(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required (Authorization: Bearer)."),
        TokenRejection.Expired => Error(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired."),
        TokenRejection.WrongConversation => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid for this conversation."),
        _ => Error(StatusCodes.Status403Forbidden, "Forbidden", "The token is not valid."),
    };

    internal static string? BearerToken(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header[7..].Trim() : null;
    }

    internal static IResult Error(int status, string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: status);

    private static IResult NotFound() => Error(StatusCodes.Status404NotFound, "BadArgument", "Conversation not found (unknown or expired).");

    private static IResult Full() => Error(StatusCodes.Status503ServiceUnavailable, "ServiceUnavailable", "Too many conversations; try again later.");

    internal static string NewUserId() => "dl_" + Guid.NewGuid().ToString("N");

    private static string? UserIdFrom(JObject? body)
    {
        var id = body?["user"]?["id"];
        return id?.Type == JTokenType.String && id.Value<string>() is { Length: > 0 and <= 64 } value
            && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '@')
            ? value
            : null;
    }

    private static bool IsLocale(string? locale) =>
        locale is { Length: >= 2 and <= 35 } && locale.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');

    private static long? ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static async Task<JObject?> ReadJsonAsync(HttpRequest request)
    {
        if (request.ContentLength is 0)
        {
            return null;
        }

        var text = await ReadLimitedAsync(request).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JToken.Parse(text) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<(Activity? Activity, IResult? Problem)> ReadActivityAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxActivityBytes)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is larger than 256K."));
        }

        var text = await ReadLimitedAsync(request).ConfigureAwait(false);
        if (text is null)
        {
            return (null, Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The activity is larger than 256K."));
        }

        try
        {
            var activity = JsonConvert.DeserializeObject<Activity>(text, LocalConversations.Json);
            return activity is null
                ? (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity."))
                : (activity, null);
        }
        catch (JsonException)
        {
            return (null, Error(StatusCodes.Status400BadRequest, "BadArgument", "The body is not a valid activity."));
        }
    }

    /// <summary>The body as text, or null when it exceeds <see cref="MaxActivityBytes"/>.</summary>
    private static async Task<string?> ReadLimitedAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxActivityBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, LocalConversations.Json), LocalConversations.Json)!;
}
