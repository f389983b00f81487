using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>Talks Direct Line 3.0 to the bot's local surface the way DirectLineJS does: REST with a bearer token, and
/// the WebSocket stream of ActivitySets.</summary>
public sealed class DirectLineClient(Uri baseAddress, HttpMessageHandler? handler = null) : IDisposable
{
    private readonly HttpClient _http = new(handler ?? new SocketsHttpHandler(), disposeHandler: true)
    {
        BaseAddress = new Uri(baseAddress, "v3/directline/"),
        Timeout = TimeSpan.FromSeconds(60),
    };

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (body is not null)
        {
            request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        }

        return _http.SendAsync(request);
    }

    public async Task<(HttpStatusCode Status, JsonObject? Body)> CallAsync(HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        using var response = await SendAsync(method, path, token, body);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
    }

    public async Task<JsonObject> OkAsync(HttpMethod method, string path, string? token, JsonNode? body = null)
    {
        var (status, json) = await CallAsync(method, path, token, body);
        Assert.True((int)status is >= 200 and < 300, $"{method} {path} answered {(int)status}: {json?.ToJsonString()}");
        return json!;
    }

    /// <summary>POST /api/directline/token (as the widget does, with the visitor pass it kept, if any).</summary>
    public async Task<JsonObject> TokenAsync(string? visitor = null, string? previousToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/directline/token");
        var body = new JsonObject();
        if (visitor is not null)
        {
            body["visitor"] = visitor;
        }

        if (previousToken is not null)
        {
            body["token"] = previousToken;
        }

        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"/api/directline/token answered {(int)response.StatusCode}: {text}");
        return (JsonObject)JsonNode.Parse(text)!;
    }

    /// <summary>A token from /api/directline/token, then POST conversations with it: a started conversation.</summary>
    public async Task<Conversation> StartAsync(string locale = "de-DE", string? visitor = null)
    {
        var issued = await TokenAsync(visitor);
        var token = issued["token"]!.GetValue<string>();
        var started = await OkAsync(HttpMethod.Post, "conversations", token, new JsonObject { ["locale"] = locale });
        return new Conversation(
            started["conversationId"]!.GetValue<string>(),
            started["token"]!.GetValue<string>(),
            started["streamUrl"]!.GetValue<string>(),
            issued["userId"]!.GetValue<string>(),
            issued["visitor"]!.GetValue<string>());
    }

    public Task<JsonObject> PostAsync(Conversation conversation, JsonObject activity, string? token = null) =>
        OkAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", token ?? conversation.Token, activity);

    public Task<JsonObject> SayAsync(Conversation conversation, string text, string locale = "de-DE") =>
        PostAsync(conversation, new JsonObject
        {
            ["type"] = "message",
            ["text"] = text,
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = "ignored", ["name"] = "Visitor" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = Guid.NewGuid().ToString("N") },
        });

    public Task<JsonObject> JoinAsync(Conversation conversation, string locale = "de-DE") =>
        PostAsync(conversation, new JsonObject
        {
            ["type"] = "event",
            ["name"] = "webchat/join",
            ["locale"] = locale,
            ["from"] = new JsonObject { ["id"] = "ignored" },
            ["value"] = new JsonObject { ["pageUrl"] = "https://www.example.com/preise?utm_campaign=herbst", ["utm_campaign"] = "herbst", ["locale"] = locale },
        });

    /// <summary>GET activities?watermark=: the ActivitySet.</summary>
    public async Task<(JsonArray Activities, string Watermark)> ActivitiesAsync(Conversation conversation, string? watermark = null)
    {
        var set = await OkAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities" + (watermark is null ? "" : $"?watermark={watermark}"), conversation.Token);
        return (set["activities"]!.AsArray(), set["watermark"]!.GetValue<string>());
    }

    public static async Task<ClientWebSocket> ConnectAsync(string streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await socket.ConnectAsync(new Uri(streamUrl), timeout.Token);
        return socket;
    }

    /// <summary>Reads ActivitySet frames until <paramref name="done"/> holds for everything received (or times out).</summary>
    public static async Task<List<JsonObject>> ReadFramesAsync(ClientWebSocket socket, Func<IReadOnlyList<JsonObject>, bool> done, TimeSpan? timeout = null)
    {
        var frames = new List<JsonObject>();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        var buffer = new byte[64 * 1024];
        while (!done(frames))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult result;
            do
            {
                result = await socket.ReceiveAsync(buffer, cts.Token);
                message.Write(buffer, 0, result.Count);
            }
            while (!result.EndOfMessage);

            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            var text = Encoding.UTF8.GetString(message.ToArray());
            if (!string.IsNullOrWhiteSpace(text))
            {
                frames.Add((JsonObject)JsonNode.Parse(text)!);
            }
        }

        return frames;
    }

    public static IEnumerable<JsonObject> ActivitiesOf(IEnumerable<JsonObject> frames) =>
        frames.SelectMany(f => f["activities"]!.AsArray().Select(a => (JsonObject)a!));

    public static string? Step(JsonNode? activity) => activity?["channelData"]?["leadbot"]?["step"]?.GetValue<string>();

    public void Dispose() => _http.Dispose();
}

public sealed record Conversation(string Id, string Token, string StreamUrl, string UserId = "", string Visitor = "");
