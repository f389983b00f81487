using System.Globalization;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.DirectLine;

/// <summary>
/// The client side of the local Direct Line 3.0 under <c>/v3/directline</c>, what Web Chat's DirectLineJS calls: token
/// refresh, start, reconnect, post and get activities (with watermarks), and the WebSocket stream
/// (<see cref="LocalDirectLineStream"/>). Tokens come only from <c>POST /api/directline/token</c>, which binds a
/// server-assigned user to each conversation; every request needs such a token, and a user id in a request body is
/// ignored. Rate-limited per client and allowed by CORS for the bot's own page and DirectLine:TrustedOrigins.
/// </summary>
internal static class LocalDirectLineRoutes
{
    public const string Prefix = "/v3/directline";
    public const string ChannelId = "directline";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var client = endpoints.MapGroup(Prefix)
            .RequireCors(WebsiteCors.DirectLinePolicy)
            .RequireRateLimiting(WebsiteRateLimits.DirectLinePolicy);
        client.MapPost("/tokens/refresh", Refresh).RequireRateLimiting(WebsiteRateLimits.TokenPolicy);
        client.MapPost("/conversations", StartAsync);
        client.MapGet("/conversations/{conversationId}", Reconnect);
        client.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        client.MapGet("/conversations/{conversationId}/activities", GetActivities);
        client.MapGet("/conversations/{conversationId}/stream", LocalDirectLineStream.StreamAsync);
        client.MapPost("/conversations/{conversationId}/upload", Upload);
    }

    private static IResult Refresh(HttpContext http, LocalConversations conversations, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, null, out var grant) is { } refused)
        {
            return refused;
        }

        return conversations.Find(grant!.ConversationId) is null
            ? DirectLineProtocol.ConversationNotFound()
            : Results.Json(new { conversationId = grant.ConversationId, token = tokens.Mint(grant.ConversationId, grant.UserId), expires_in = tokens.ExpiresInSeconds });
    }

    // POST conversations with a token from /api/directline/token: starts that conversation (201, or 200 when it was
    // started already). The bot learns that it joined from a conversationUpdate; the page's webchat/join event then
    // opens the conversation. Without a token: 401 (there is no secret to create conversations with).
    private static async Task<IResult> StartAsync(HttpContext http, LocalConversations conversations, DirectLineTokens tokens,
        LocalTurns turns, BotAddress address)
    {
        if (Authorize(http, tokens, null, out var grant) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(grant!.ConversationId);
        if (conversation is null)
        {
            return DirectLineProtocol.ConversationNotFound();
        }

        var (body, tooLarge) = await DirectLineProtocol.ReadJsonAsync(http.Request).ConfigureAwait(false);
        if (tooLarge)
        {
            return DirectLineProtocol.Error(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "The body is too large.");
        }

        var locale = body?["locale"]?.Type == JTokenType.String ? body["locale"]!.Value<string>() : null;
        if (DirectLineProtocol.IsLocale(locale))
        {
            conversation.Locale = locale;
        }

        var started = conversation.TryStart();
        if (started)
        {
            var update = Stamp(new Activity(ActivityTypes.ConversationUpdate) { MembersAdded = [LocalConnectorHandler.Bot], MembersRemoved = [] },
                conversation, address);
            update.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
            update.Id = conversation.Id + "|start";
            await turns.RunAsync(update, http.RequestAborted).ConfigureAwait(false);
        }

        var result = ConversationResult(conversation, tokens.Mint(conversation.Id, conversation.UserId), tokens, address, null);
        return started ? Results.Json(result, statusCode: StatusCodes.Status201Created) : Results.Json(result);
    }

    // GET conversations/{id}?watermark=: reconnect; a fresh streamUrl that resumes after the watermark.
    private static IResult Reconnect(HttpContext http, string conversationId, string? watermark, LocalConversations conversations,
        DirectLineTokens tokens, BotAddress address)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        return conversation is null
            ? DirectLineProtocol.ConversationNotFound()
            : Results.Json(ConversationResult(conversation, DirectLineProtocol.BearerToken(http.Request)!, tokens, address, DirectLineProtocol.ParseWatermark(watermark)));
    }

    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, LocalConversations conversations,
        DirectLineTokens tokens, LocalTurns turns, BotAddress address)
    {
        if (Authorize(http, tokens, conversationId, out var grant) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        if (conversation is null || conversation.UserId != grant!.UserId)
        {
            return DirectLineProtocol.ConversationNotFound();
        }

        var (activity, problem) = await DirectLineProtocol.ReadActivityAsync(http.Request).ConfigureAwait(false);
        if (activity is null)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(activity.Type) || activity.Type.Length > 64)
        {
            return DirectLineProtocol.Error(StatusCodes.Status400BadRequest, "MissingProperty", "The activity has no type.");
        }

        conversation.TryStart();
        activity = Stamp(activity, conversation, address);
        // Whatever the client wrote into "from": the activity is sent as the user the token is bound to.
        activity.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.ReplyToId = null;
        activity.Id = null;

        // The user's activity is echoed to the page (Web Chat marks it as sent when it sees it come back).
        var id = conversation.Append(Clone(activity));
        // A typing signal is never redelivered, so its turn needs no record against running twice (Web Chat sends one
        // every few seconds while the visitor types; each record would be a stored row).
        activity.Id = activity.Type == ActivityTypes.Typing ? null : id;
        // The bot is "typing" while its turn runs; not while a person from sales is chatting (the bot stays out then).
        if (activity.Type == ActivityTypes.Message && !conversation.PersonChatting)
        {
            conversation.Append(new Activity(ActivityTypes.Typing) { From = LocalConnectorHandler.Bot, Recipient = activity.From });
        }

        if (!await turns.RunAsync(activity, http.RequestAborted).ConfigureAwait(false))
        {
            return DirectLineProtocol.Error(StatusCodes.Status502BadGateway, "BotRejectedActivity", "The bot could not process the activity.");
        }

        return Results.Json(new { id });
    }

    // The bot reads text and button values only, so nothing a visitor uploads is accepted: with a valid token the answer
    // is 415 and a problem body (the widget hides the upload button); without one the usual 401/403. Never read the body.
    private static IResult Upload(HttpContext http, string conversationId, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } refused)
        {
            return refused;
        }

        return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Attachments are not accepted",
            detail: "This chat takes text messages only; send the information as a message instead.",
            extensions: new Dictionary<string, object?> { ["code"] = "AttachmentsNotAccepted" });
    }

    private static IResult GetActivities(HttpContext http, string conversationId, string? watermark, LocalConversations conversations, DirectLineTokens tokens)
    {
        if (Authorize(http, tokens, conversationId, out _) is { } refused)
        {
            return refused;
        }

        var conversation = conversations.Find(conversationId);
        return conversation is null
            ? DirectLineProtocol.ConversationNotFound()
            : Results.Text(conversation.ActivitiesAfter(DirectLineProtocol.ParseWatermark(watermark) ?? 0), "application/json", System.Text.Encoding.UTF8);
    }

    private static Activity Stamp(Activity activity, LocalConversation conversation, BotAddress address)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = address.BaseUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = LocalConnectorHandler.Bot;
        activity.Timestamp = null;
        activity.Locale = DirectLineProtocol.IsLocale(activity.Locale) ? activity.Locale : conversation.Locale;
        return activity;
    }

    private static object ConversationResult(LocalConversation conversation, string token, DirectLineTokens tokens, BotAddress address, long? watermark)
    {
        var baseUrl = address.BaseUrl;
        var ws = baseUrl.StartsWith("https:", StringComparison.OrdinalIgnoreCase) ? "wss:" + baseUrl[6..] : "ws:" + baseUrl[5..];
        var streamUrl = $"{ws}{Prefix}/conversations/{Uri.EscapeDataString(conversation.Id)}/stream?"
            + (watermark is null ? "" : string.Create(CultureInfo.InvariantCulture, $"watermark={watermark}&"))
            + $"t={Uri.EscapeDataString(token)}";
        return new { conversationId = conversation.Id, token, expires_in = tokens.ExpiresInSeconds, streamUrl };
    }

    private static IResult? Authorize(HttpContext http, DirectLineTokens tokens, string? conversationId, out DirectLineGrant? grant)
    {
        var rejection = tokens.Validate(DirectLineProtocol.BearerToken(http.Request), conversationId, out grant);
        return rejection == TokenRejection.None ? null : DirectLineProtocol.Rejected(rejection);
    }

    private static Activity Clone(Activity activity) =>
        JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, LocalConversations.Json), LocalConversations.Json)!;
}
