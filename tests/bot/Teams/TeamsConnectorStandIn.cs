using LeadBot.Bot.Tests.Support;
using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>One request the bot made to the stand-in, with when it arrived and what was answered. ActivityId is the
/// activity the call names (the card of a PUT, the activity a reply answers); ResponseId the id the stand-in gave a new
/// message.</summary>
public sealed record ConnectorCall(string Method, string Path, string? ConversationId, string? ActivityId, JsonObject? Body, int Status, DateTimeOffset At)
{
    public string? ResponseId { get; init; }

    /// <summary>The Adaptive Card in the call's activity (POST /v3/conversations: body.activity; POST/PUT activities: body).</summary>
    public JsonObject? Card
    {
        get
        {
            var activity = Body?["activity"] as JsonObject ?? Body;
            return activity?["attachments"]?[0]?["content"] as JsonObject;
        }
    }

    public string? Text => (Body?["activity"] as JsonObject ?? Body)?["text"]?.GetValue<string>();

    public bool Succeeded => Status is >= 200 and < 300;
}

/// <summary>
/// A real HTTP server standing in for the Teams Bot Connector: records <c>POST /v3/conversations</c> (a new thread in a
/// channel, or a personal chat with one member: "a:personal-{member}"), <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c>, <c>PUT /v3/conversations/{id}/activities/{id}</c>,
/// and answers <c>GET /v3/teams/{teamId}/conversations</c> with the team's channels (General and Sales for the kit's
/// team, General only for any other). Conversation creation can be made
/// to fail (<see cref="FailNext"/>, <see cref="Down"/>) or to be slow (<see cref="CreateDelay"/>).
/// </summary>
public sealed class TeamsConnectorStandIn : IAsyncDisposable
{
    public const string SalesChannelId = "19:sales-channel@thread.tacv2";

    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<ConnectorCall> _calls = [];
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _failures = new();
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _channelListFailures = new();
    private int _channelListCalls;
    private int _next;

    private TeamsConnectorStandIn(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>While true, every POST /v3/conversations answers 503.</summary>
    public volatile bool Down;

    /// <summary>How long POST /v3/conversations takes to answer (to widen race windows).</summary>
    public TimeSpan CreateDelay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<ConnectorCall> Calls
    {
        get
        {
            lock (_gate)
            {
                return _calls.ToList();
            }
        }
    }

    /// <summary>Every POST /v3/conversations, failed ones included.</summary>
    public IReadOnlyList<ConnectorCall> CreateAttempts => Calls.Where(c => c.Method == "POST" && c.Path == "/v3/conversations").ToList();

    /// <summary>The threads actually created (answered 2xx).</summary>
    public IReadOnlyList<ConnectorCall> Created => CreateAttempts.Where(c => c.Succeeded).ToList();

    public IReadOnlyList<ConnectorCall> Updates => Calls.Where(c => c.Method == "PUT").ToList();

    public IReadOnlyList<ConnectorCall> Replies => Calls.Where(c => c.Method == "POST" && c.Path != "/v3/conversations").ToList();

    /// <summary>The personal chats the bot opened (POST /v3/conversations with isGroup false and a member).</summary>
    public IReadOnlyList<ConnectorCall> PersonalChats => Created.Where(c => c.ConversationId?.StartsWith("a:personal-", StringComparison.Ordinal) == true).ToList();

    /// <summary>Everything the bot sent into one conversation (new activities, not updates), in order.</summary>
    public IReadOnlyList<ConnectorCall> SentTo(string conversationId) =>
        Calls.Where(c => c.ConversationId == conversationId && (c.Method == "POST")).ToList();

    /// <summary>How often the bot asked for a team's channel list.</summary>
    public int ChannelListCalls => Volatile.Read(ref _channelListCalls);

    /// <summary>The next GET /v3/teams/{id}/conversations calls answer these statuses, in order.</summary>
    public void FailChannelListsNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _channelListFailures.Enqueue((status, null));
        }
    }

    /// <summary>The next GET /v3/teams/{id}/conversations calls answer these statuses with Retry-After when given, in order.</summary>
    public void FailChannelListsNext(params (int Status, string? RetryAfter)[] failures)
    {
        foreach (var failure in failures)
        {
            _channelListFailures.Enqueue(failure);
        }
    }

    public void ClearChannelListFailures() => _channelListFailures.Clear();

    /// <summary>The next POST /v3/conversations calls answer these statuses (with Retry-After when given), in order.</summary>
    public void FailNext(params (int Status, string? RetryAfter)[] failures)
    {
        foreach (var failure in failures)
        {
            _failures.Enqueue(failure);
        }
    }

    public static async Task<TeamsConnectorStandIn> StartAsync()
    {
        var builder = LocalServer.CreateStandInBuilder();
        var app = builder.Build();
        var standIn = new TeamsConnectorStandIn(app);
        app.MapPost("/v3/conversations", (Delegate)standIn.CreateConversationAsync);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", standIn.PostActivityAsync);
        app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", standIn.UpdateActivityAsync);
        // The kit's sales team has a Sales channel besides General; any other team only General.
        app.MapGet("/v3/teams/{teamId}/conversations", (string teamId, HttpContext http) =>
        {
            Interlocked.Increment(ref standIn._channelListCalls);
            if (standIn._channelListFailures.TryDequeue(out var failure))
            {
                if (failure.RetryAfter is not null)
                {
                    http.Response.Headers.RetryAfter = failure.RetryAfter;
                }

                return Results.Json(new { error = new { code = "ServiceError", message = "try later" } }, statusCode: failure.Status);
            }

            return Results.Json(new
            {
                conversations = teamId == TeamsTestKit.TeamId
                    ? new object[] { new { id = teamId, name = (string?)null }, new { id = SalesChannelId, name = "Sales" } }
                    : new object[] { new { id = teamId, name = (string?)null } },
            });
        });
        await app.StartAsync();
        standIn.ServiceUrl = LocalServer.AddressOf(app);
        return standIn;
    }

    /// <summary>Waits until <paramref name="condition"/> holds for the recorded calls.</summary>
    public async Task WaitUntilAsync(Func<TeamsConnectorStandIn, bool> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Waited {timeout} for {what}; calls: {string.Join(", ", Calls.Select(c => $"{c.Method} {c.Path} {c.Status}"))}");
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private void Record(HttpContext http, string? conversationId, string? activityId, JsonObject? body, int status, string? responseId = null)
    {
        lock (_gate)
        {
            _calls.Add(new ConnectorCall(http.Request.Method, http.Request.Path.Value ?? "", conversationId, activityId, body, status, DateTimeOffset.UtcNow)
            {
                ResponseId = responseId,
            });
        }
    }

    private async Task<IResult> CreateConversationAsync(HttpContext http)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        if (CreateDelay > TimeSpan.Zero)
        {
            await Task.Delay(CreateDelay);
        }

        if (Down)
        {
            Record(http, null, null, body, 503);
            return Results.Json(new { error = new { code = "ServiceUnavailable", message = "Teams is down" } }, statusCode: 503);
        }

        if (_failures.TryDequeue(out var failure))
        {
            Record(http, null, null, body, failure.Status);
            if (failure.RetryAfter is not null)
            {
                http.Response.Headers.RetryAfter = failure.RetryAfter;
            }

            return Results.Json(new { error = new { code = failure.Status == 429 ? "TooManyRequests" : "InternalError", message = "try later" } }, statusCode: failure.Status);
        }

        var n = Interlocked.Increment(ref _next);
        var activityId = $"17000000000{n:D2}";
        var member = body?["members"]?[0]?["id"]?.GetValue<string>();
        string conversationId;
        if (body?["isGroup"]?.GetValue<bool>() == false && member is not null)
        {
            // A personal chat: Teams keeps one per person and bot, so the same person gets the same conversation.
            conversationId = "a:personal-" + member;
        }
        else
        {
            var channel = body?["channelData"]?["channel"]?["id"]?.GetValue<string>() ?? "unknown";
            conversationId = $"{channel};messageid={activityId}";
        }

        Record(http, conversationId, activityId, body, 201);
        return Results.Json(new { id = conversationId, activityId, serviceUrl = ServiceUrl.ToString() }, statusCode: 201);
    }

    private async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        var id = $"reply-{Interlocked.Increment(ref _next)}";
        Record(http, conversationId, replyToId, body, 200, id);
        return Results.Json(new { id });
    }

    private async Task<IResult> UpdateActivityAsync(HttpContext http, string conversationId, string activityId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject;
        Record(http, conversationId, activityId, body, 200);
        return Results.Json(new { id = activityId });
    }
}
