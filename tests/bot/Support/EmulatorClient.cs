using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadBot.Bot.Tests.Support;

/// <summary>
/// Talks to the bot the way the Bot Framework Emulator does: activities stamped with channelId "emulator", the
/// stand-in's serviceUrl, a conversation id, from {id, name, role "user"}, recipient the bot, locale, id and timestamp.
/// </summary>
public sealed class EmulatorClient(Uri messagesUri, ConnectorStandIn standIn, string locale = "de-DE", string? conversationId = null) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(60) };
    private int _sequence;

    /// <summary>Where activities go; change it to talk to a restarted host on another port.</summary>
    public Uri MessagesUri { get; set; } = messagesUri;

    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}";

    public string UserId { get; init; } = $"user-{Guid.NewGuid():N}";

    public string UserName { get; init; } = "User";

    public string Locale { get; set; } = locale;

    public ConnectorStandIn StandIn { get; } = standIn;

    /// <summary>An Emulator-stamped activity of <paramref name="type"/>.</summary>
    public JsonObject Activity(string type)
    {
        var id = $"{ConversationId}|{Interlocked.Increment(ref _sequence):D4}";
        var now = DateTimeOffset.UtcNow;
        return new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["channelId"] = "emulator",
            ["serviceUrl"] = StandIn.ServiceUrl.ToString().TrimEnd('/'),
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["role"] = "user" },
            ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Bot", ["role"] = "bot" },
            ["locale"] = Locale,
            ["timestamp"] = now.ToString("o", CultureInfo.InvariantCulture),
            ["localTimestamp"] = now.ToString("o", CultureInfo.InvariantCulture),
        };
    }

    public JsonObject Message(string text)
    {
        var activity = Activity("message");
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>What the Emulator sends when a conversation opens: conversationUpdate with the user and the bot added.</summary>
    public JsonObject ConversationUpdate()
    {
        var activity = Activity("conversationUpdate");
        activity["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = UserId, ["name"] = UserName },
            new JsonObject { ["id"] = "bot-1", ["name"] = "Bot" });
        activity["membersRemoved"] = new JsonArray();
        return activity;
    }

    public async Task<HttpStatusCode> SendAsync(JsonObject activity, string? authorization = null)
    {
        using var response = await PostAsync(activity.ToJsonString(), authorization);
        return response.StatusCode;
    }

    public Task<HttpResponseMessage> PostAsync(string body, string? authorization = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesUri)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return _http.SendAsync(request);
    }

    /// <summary>Sends <paramref name="activity"/> and returns the bot's replies to it (replyToId = its id). The POST
    /// returns when the turn is done, so every reply has reached the stand-in by then.</summary>
    public async Task<IReadOnlyList<RecordedActivity>> SendAndWaitAsync(JsonObject activity)
    {
        var id = activity["id"]!.GetValue<string>();
        var status = await SendAsync(activity);
        if ((int)status is < 200 or >= 300)
        {
            throw new HttpRequestException($"The bot answered {(int)status} to activity {id}.");
        }

        return StandIn.Of(ConversationId).Where(a => a.ReplyToId == id || a.Body["replyToId"]?.GetValue<string>() == id).ToList();
    }

    public Task<IReadOnlyList<RecordedActivity>> SendAndWaitAsync(string text) => SendAndWaitAsync(Message(text));

    public Task<IReadOnlyList<RecordedActivity>> StartAsync() => SendAndWaitAsync(ConversationUpdate());

    /// <summary>The step asked last in <paramref name="replies"/> (channelData.leadbot.step), or null.</summary>
    public static string? LastStep(IEnumerable<RecordedActivity> replies) => replies.LastOrDefault(r => r.Step is not null)?.Step;

    public void Dispose() => _http.Dispose();
}
