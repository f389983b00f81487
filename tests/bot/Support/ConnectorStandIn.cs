using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LeadBot.Bot.Tests.Support;

/// <summary>One activity the bot posted to the stand-in, with the conversation and replyToId taken from the URL.</summary>
public sealed record RecordedActivity(string ConversationId, string? ReplyToId, JsonObject Body)
{
    public string? Type => Body["type"]?.GetValue<string>();

    public string? Text => Body["text"]?.GetValue<string>();

    public string? Locale => Body["locale"]?.GetValue<string>();

    /// <summary>channelData.leadbot.step: the question this message asks, if any.</summary>
    public string? Step => Body["channelData"]?["leadbot"]?["step"]?.GetValue<string>();

    public bool IsMessage => Type == "message";
}

/// <summary>
/// A real HTTP server on 127.0.0.1 standing in for the Bot Connector / the Emulator's local service: records every
/// <c>POST /v3/conversations/{id}/activities[/{replyToId}]</c> and answers <c>{"id":"…"}</c>, or fails posts on request
/// (<see cref="FailNextPosts"/>).
/// </summary>
public sealed class ConnectorStandIn : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly object _gate = new();
    private readonly List<RecordedActivity> _activities = [];
    private readonly ConcurrentQueue<(int Status, TimeSpan? RetryAfter)> _failures = new();
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _next;

    private ConnectorStandIn(WebApplication app) => _app = app;

    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every recorded activity, in arrival order.</summary>
    public IReadOnlyList<RecordedActivity> All
    {
        get
        {
            lock (_gate)
            {
                return _activities.ToList();
            }
        }
    }

    public static async Task<ConnectorStandIn> StartAsync()
    {
        var builder = LocalServer.CreateStandInBuilder();
        var app = builder.Build();
        var standIn = new ConnectorStandIn(app);
        app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId?}", standIn.RecordAsync);
        app.MapMethods("/v3/conversations/{conversationId}/activities/{activityId}", ["PUT", "DELETE"], () => Results.Json(new { id = "updated" }));
        app.MapPost("/v3/conversations", () => Results.Json(new { id = "new-conversation", activityId = "a0" }));
        await app.StartAsync();
        standIn.ServiceUrl = LocalServer.AddressOf(app);
        return standIn;
    }

    /// <summary>The next <paramref name="count"/> activity posts are answered <paramref name="status"/> with an error body
    /// (and a Retry-After header when given), as a Bot Connector that fails, and are not recorded.</summary>
    public void FailNextPosts(int status, int count = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>The connections of the next <paramref name="count"/> activity posts are reset without an answer.</summary>
    public void ResetNextPosts(int count = 1) => FailNextPosts(ResetConnection, count);

    /// <summary>How many activity posts were failed or reset on request so far.</summary>
    public int FailedPosts => Volatile.Read(ref _failed);

    private const int ResetConnection = 0;
    private int _failed;

    public IReadOnlyList<RecordedActivity> Of(string conversationId)
    {
        lock (_gate)
        {
            return _activities.Where(a => a.ConversationId == conversationId).ToList();
        }
    }

    /// <summary>Waits until conversation <paramref name="conversationId"/> has at least <paramref name="skip"/> +
    /// <paramref name="count"/> activities and returns the <paramref name="count"/> after the first <paramref name="skip"/>.</summary>
    public async Task<IReadOnlyList<RecordedActivity>> WaitForAsync(string conversationId, int count, TimeSpan timeout, int skip = 0)
    {
        using var cts = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
            {
                var of = _activities.Where(a => a.ConversationId == conversationId).ToList();
                if (of.Count >= skip + count)
                {
                    return of.Skip(skip).Take(count).ToList();
                }

                changed = _changed.Task;
            }

            try
            {
                await changed.WaitAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Conversation {conversationId}: expected {skip + count} activities within {timeout}, got {Of(conversationId).Count}.");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> RecordAsync(HttpContext http, string conversationId, string? replyToId)
    {
        var body = await JsonNode.ParseAsync(http.Request.Body) as JsonObject ?? [];
        if (_failures.TryDequeue(out var failure))
        {
            Interlocked.Increment(ref _failed);
            if (failure.Status == ResetConnection)
            {
                http.Abort();
                return Results.Empty;
            }

            if (failure.RetryAfter is { } retryAfter)
            {
                http.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = "ServiceError", message = "The stand-in was told to fail this post." } }, statusCode: failure.Status);
        }

        TaskCompletionSource changed;
        lock (_gate)
        {
            _activities.Add(new RecordedActivity(conversationId, replyToId, body));
            changed = _changed;
            _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        changed.TrySetResult();
        return Results.Json(new { id = $"reply-{Interlocked.Increment(ref _next)}" });
    }
}
