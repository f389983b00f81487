using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using LeadBot.Bot.DirectLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Support;

/// <summary>
/// Azure Bot Service's Direct Line on loopback, as the website uses it: <c>tokens/generate</c> with the secret (the user
/// id embedded, enforced as every activity's <c>from.id</c> as enhanced authentication does), <c>tokens/refresh</c>, start,
/// reconnect, post and read activities, the WebSocket stream, CORS for any page, and the Bot Connector routes the bot
/// replies to. Activities reach the bot over HTTP at <c>/api/messages</c> with this service as their serviceUrl, as
/// Azure delivers them. Built from the bot's own local Direct Line parts (conversations, tokens, stream).
/// </summary>
public sealed class DirectLineServiceStandIn : IAsyncDisposable
{
    private static readonly ChannelAccount Bot = new("leadbot@stand-in", "LeadBot", RoleTypes.Bot);
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<string> _calls = new();
    private readonly LocalConversations _conversations;
    private readonly DirectLineTokens _tokens;
    private readonly HttpClient _toBot = new() { Timeout = TimeSpan.FromSeconds(60) };

    private DirectLineServiceStandIn(WebApplication app, string secret)
    {
        _app = app;
        Secret = secret;
        _tokens = new DirectLineTokens(Options.Create(new DirectLineOptions()), TimeProvider.System);
        _conversations = new LocalConversations(TimeProvider.System, Options.Create(new DirectLineOptions()), Options.Create(new WebsiteOptions()),
            NullLogger<LocalConversations>.Instance);
    }

    public string Secret { get; }

    public Uri Address { get; private set; } = null!;

    public string BaseUrl => Address.ToString().TrimEnd('/');

    /// <summary>Where activities are delivered (the bot's /api/messages); set once the bot runs.</summary>
    public Uri? BotMessages { get; set; }

    /// <summary>"METHOD path" of every call, and the body of every tokens/generate.</summary>
    public IReadOnlyList<string> Calls => _calls.ToList();

    public ConcurrentQueue<JObject> Generated { get; } = new();

    public static async Task<DirectLineServiceStandIn> StartAsync(string secret)
    {
        var builder = LocalServer.CreateStandInBuilder();
        builder.Services.AddCors(o => o.AddDefaultPolicy(p => p.AllowAnyOrigin().AllowAnyHeader().AllowAnyMethod()));
        var app = builder.Build();
        var self = new DirectLineServiceStandIn(app, secret);
        app.UseWebSockets();
        app.UseCors();
        app.Use(async (http, next) =>
        {
            self._calls.Enqueue($"{http.Request.Method} {http.Request.Path}");
            await next(http);
        });
        var client = app.MapGroup("/v3/directline");
        client.MapPost("/tokens/generate", (Delegate)self.GenerateAsync);
        client.MapPost("/tokens/refresh", self.Refresh);
        client.MapPost("/conversations", (Delegate)self.StartConversationAsync);
        client.MapGet("/conversations/{id}", self.Reconnect);
        client.MapPost("/conversations/{id}/activities", self.PostAsync);
        client.MapGet("/conversations/{id}/activities", self.Activities);
        client.MapGet("/conversations/{id}/stream", (HttpContext http, string id, string? watermark, string? t) =>
            LocalDirectLineStream.StreamAsync(http, id, watermark, t, self._conversations, self._tokens));
        app.MapPost("/v3/conversations/{id}/activities/{replyToId?}", self.FromBotAsync);
        app.MapPut("/v3/conversations/{id}/activities/{activityId}", self.UpdateFromBotAsync);
        await app.StartAsync();
        self.Address = LocalServer.AddressOf(app);
        return self;
    }

    private async Task<IResult> GenerateAsync(HttpContext http)
    {
        if (http.Request.Headers.Authorization.ToString() != "Bearer " + Secret)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var body = JObject.Parse(await new StreamReader(http.Request.Body).ReadToEndAsync());
        Generated.Enqueue(body);
        var userId = body["user"]?["id"]?.Value<string>();
        if (userId is null || !userId.StartsWith("dl_", StringComparison.Ordinal))
        {
            // Enhanced authentication binds only dl_ user ids.
            return Results.Json(new { error = new { code = "BadArgument", message = "user.id must start with dl_" } }, statusCode: StatusCodes.Status400BadRequest);
        }

        var conversation = _conversations.Create(userId, "azure");
        return Results.Json(new { conversationId = conversation.Id, token = _tokens.Mint(conversation.Id, userId), expires_in = 1800 });
    }

    private IResult Refresh(HttpContext http)
    {
        if (_tokens.Validate(Bearer(http), null, out var grant) != TokenRejection.None)
        {
            return Results.Json(new { error = new { code = "TokenExpired" } }, statusCode: StatusCodes.Status403Forbidden);
        }

        return Results.Json(new { conversationId = grant!.ConversationId, token = _tokens.Mint(grant.ConversationId, grant.UserId), expires_in = 1800 });
    }

    private async Task<IResult> StartConversationAsync(HttpContext http)
    {
        if (_tokens.Validate(Bearer(http), null, out var grant) != TokenRejection.None || _conversations.Find(grant!.ConversationId) is not { } conversation)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var started = conversation.TryStart();
        if (started)
        {
            // Direct Line tells the bot that the user and the bot joined.
            await DeliverAsync(Stamp(new Activity(ActivityTypes.ConversationUpdate)
            {
                Id = conversation.Id + "|update",
                MembersAdded = [new ChannelAccount(conversation.UserId), Bot],
            }, conversation));
        }

        return Results.Json(Result(conversation, Bearer(http)!), statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private IResult Reconnect(HttpContext http, string id) =>
        _tokens.Validate(Bearer(http), id, out _) != TokenRejection.None || _conversations.Find(id) is not { } conversation
            ? Results.StatusCode(StatusCodes.Status403Forbidden)
            : Results.Json(Result(conversation, Bearer(http)!));

    private async Task<IResult> PostAsync(HttpContext http, string id)
    {
        if (_tokens.Validate(Bearer(http), id, out _) != TokenRejection.None || _conversations.Find(id) is not { } conversation)
        {
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        var activity = JsonConvert.DeserializeObject<Activity>(await new StreamReader(http.Request.Body).ReadToEndAsync(), LocalConversations.Json)!;
        activity.Id = null;
        Stamp(activity, conversation);
        var echo = JsonConvert.DeserializeObject<Activity>(JsonConvert.SerializeObject(activity, LocalConversations.Json), LocalConversations.Json)!;
        activity.Id = conversation.Append(echo);
        await DeliverAsync(activity);
        return Results.Json(new { id = activity.Id });
    }

    private IResult Activities(HttpContext http, string id, string? watermark) =>
        _tokens.Validate(Bearer(http), id, out _) != TokenRejection.None || _conversations.Find(id) is not { } conversation
            ? Results.StatusCode(StatusCodes.Status403Forbidden)
            : Results.Text(conversation.ActivitiesAfter(long.TryParse(watermark, out var w) ? w : 0), "application/json", Encoding.UTF8);

    private async Task<IResult> FromBotAsync(HttpContext http, string id, string? replyToId)
    {
        if (_conversations.Find(id) is not { } conversation)
        {
            return Results.NotFound();
        }

        var activity = JsonConvert.DeserializeObject<Activity>(await new StreamReader(http.Request.Body).ReadToEndAsync(), LocalConversations.Json)!;
        activity.Id = null;
        activity.ReplyToId ??= replyToId;
        activity.From = new ChannelAccount(Bot.Id, Bot.Name, RoleTypes.Bot);
        return Results.Json(new { id = conversation.Append(activity) });
    }

    private async Task<IResult> UpdateFromBotAsync(HttpContext http, string id, string activityId)
    {
        if (_conversations.Find(id) is not { } conversation)
        {
            return Results.NotFound();
        }

        var activity = JsonConvert.DeserializeObject<Activity>(await new StreamReader(http.Request.Body).ReadToEndAsync(), LocalConversations.Json)!;
        return conversation.Replace(activityId, activity) ? Results.Json(new { id = activityId }) : Results.NotFound();
    }

    private Activity Stamp(Activity activity, LocalConversation conversation)
    {
        activity.ChannelId = "directline";
        activity.ServiceUrl = BaseUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.Recipient = Bot;
        // Enhanced authentication: whatever the client wrote, the activity is from the token's user.
        activity.From = new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.Timestamp = null;
        return activity;
    }

    private async Task DeliverAsync(Activity activity)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, BotMessages ?? throw new InvalidOperationException("BotMessages is not set."))
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity, LocalConversations.Json), Encoding.UTF8, "application/json"),
        };
        using var response = await _toBot.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    private object Result(LocalConversation conversation, string token) => new
    {
        conversationId = conversation.Id,
        token,
        expires_in = 1800,
        streamUrl = $"ws://{Address.Authority}/v3/directline/conversations/{conversation.Id}/stream?t={Uri.EscapeDataString(token)}",
    };

    private static string? Bearer(HttpContext http) =>
        AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization.ToString(), out var header) && header.Scheme == "Bearer" ? header.Parameter : null;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _conversations.Dispose();
        _toBot.Dispose();
    }
}
