using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;

namespace LeadBot.Bot.Tests.Security;

/// <summary>
/// #14 F10, F1/F7, F11 at the door: activities an attacker crafts get a 4xx with a short problem over real HTTP,
/// never a 500 and never a turn; bodies over Azure Bot Service's 256 KB limit are refused before they are read.
/// </summary>
/// <remarks>Every test refuses its own conversation's activity, so the class shares one host and one stand-in connector
/// (<see cref="Door"/>); the log check then covers every refusal of the class.</remarks>
public sealed class HostileActivityTests(HostileActivityTests.Door door) : IClassFixture<HostileActivityTests.Door>
{
    private readonly ConnectorStandIn _standIn = door.StandIn;
    private readonly BotHost _host = door.Host;

    /// <summary>The bot and the stand-in connector it would reply to.</summary>
    public sealed class Door : SharedBotHost;

    private EmulatorClient Emulator() => new(_host.MessagesUri, _standIn);

    private async Task<(HttpStatusCode Status, string Body)> PostRawAsync(string json, string contentType = "application/json")
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        using var response = await http.PostAsync(_host.MessagesUri, content);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task AssertRefusedAsync(JsonObject activity, HttpStatusCode expected, string mentioned)
    {
        var (status, body) = await PostRawAsync(activity.ToJsonString());
        Assert.Equal(expected, status);
        Assert.Contains(mentioned, body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-12-02T10:00:00+25:00")]
    [InlineData("2026-12-02T10:00:00-14:01")]
    [InlineData("9999-12-31T23:59:59-01:00")]
    [InlineData("2026-13-40T10:00:00Z")]
    public async Task A_timestamp_that_is_no_instant_gets_400_not_500(string timestamp)
    {
        using var emulator = Emulator();
        var activity = emulator.Message("hallo");
        activity["timestamp"] = timestamp;

        await AssertRefusedAsync(activity, HttpStatusCode.BadRequest, "'timestamp'");
        Assert.Empty(_standIn.Of(emulator.ConversationId));
    }

    [Fact]
    public async Task A_text_that_looks_like_an_impossible_date_inside_channel_data_stays_text()
    {
        using var emulator = Emulator();
        var activity = emulator.Message("hallo");
        activity["channelData"] = new JsonObject { ["when"] = "2026-12-02T10:00:00+25:00" };

        var (status, _) = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"\\ud800\"},\"serviceUrl\":\"SERVICE\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"a\\udc00b\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"SERVICE\"}")]
    [InlineData("{\"type\":\"message\",\"\\ud83d\":1,\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"SERVICE\"}")]
    [InlineData("{\"type\":\"message\",\"channelData\":{\"a\":[{\"b\":\"\\udfff\\ud800\"}]},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"SERVICE\"}")]
    [InlineData("{\"type\":\"message\",\"text\":\"Erika\\u0000Muster\",\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"SERVICE\"}")]
    [InlineData("{\"type\":\"message\",\"from\":{\"id\":\"u\",\"name\":\"\\u0000\"},\"conversation\":{\"id\":\"c1\"},\"serviceUrl\":\"SERVICE\"}")]
    public async Task A_lone_surrogate_or_a_NUL_anywhere_gets_400_not_500(string template)
    {
        var (status, body) = await PostRawAsync(template.Replace("SERVICE", _standIn.ServiceUrl.ToString().TrimEnd('/'), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("not valid Unicode or contains a NUL", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id", 300)]
    [InlineData("conversation.id", 600)]
    [InlineData("from.id", 100_000)]
    [InlineData("recipient.id", 300)]
    [InlineData("replyToId", 300)]
    [InlineData("type", 100)]
    public async Task An_id_longer_than_any_channel_uses_gets_400_and_is_not_logged(string field, int length)
    {
        using var emulator = Emulator();
        var activity = emulator.Message("hallo");
        var value = "x" + new string('A', length - 1);
        var parts = field.Split('.');
        if (parts.Length == 2)
        {
            activity[parts[0]]![parts[1]] = value;
        }
        else
        {
            activity[field] = value;
        }

        await AssertRefusedAsync(activity, HttpStatusCode.BadRequest, $"'{field}'");
        Assert.DoesNotContain(_host.Logs.Lines, l => l.Contains(new string('A', 64), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Another_content_type_gets_415(string contentType)
    {
        using var emulator = Emulator();

        var (status, _) = await PostRawAsync(emulator.Message("hallo").ToJsonString(), contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, status);
        Assert.Empty(_standIn.Of(emulator.ConversationId));
    }

    [Fact]
    public async Task Nesting_deeper_than_64_levels_gets_400()
    {
        using var emulator = Emulator();
        var activity = emulator.Message("hallo").ToJsonString();
        var deep = new string('[', 5000) + new string(']', 5000);

        var (status, _) = await PostRawAsync(activity[..^1] + ",\"channelData\":" + deep + "}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task An_invoke_the_bot_does_not_handle_gets_400_not_501()
    {
        using var emulator = Emulator();
        var activity = emulator.Activity("invoke");
        activity["name"] = "composeExtension/query";

        var (status, _) = await PostRawAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, status);
    }

    [Fact]
    public async Task A_body_over_256_KB_gets_413_before_it_is_read_with_or_without_a_length()
    {
        using var emulator = Emulator();
        var activity = emulator.Message("hallo");
        activity["channelData"] = new JsonObject { ["padding"] = new string('p', 300 * 1024) };
        var json = activity.ToJsonString();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };

        using (var sized = new StringContent(json, Encoding.UTF8, "application/json"))
        using (var response = await http.PostAsync(_host.MessagesUri, sized))
        {
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        // Chunked: no Content-Length, the server stops reading at the limit. It answers and closes while the client may
        // still be writing, so an HTTP client can fail on the write before it sees the answer; a raw socket reads it anyway.
        Assert.Equal("413", await PostChunkedAndReadStatusAsync(Encoding.UTF8.GetBytes(json)));

        Assert.Empty(_standIn.Of(emulator.ConversationId));

        // Just under the limit is an ordinary activity.
        activity["channelData"] = new JsonObject { ["padding"] = new string('p', 200 * 1024) };
        activity["id"] = emulator.ConversationId + "|9999";
        var (status, _) = await PostRawAsync(activity.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>Posts <paramref name="body"/> to /api/messages with Transfer-Encoding: chunked over a plain socket and
    /// returns the status code of the answer, whether or not the server read the whole body.</summary>
    private async Task<string> PostChunkedAndReadStatusAsync(byte[] body)
    {
        var uri = _host.MessagesUri;
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(uri.Host, uri.Port);
        var stream = client.GetStream();
        var head = Encoding.ASCII.GetBytes($"POST {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Authority}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
        try
        {
            await stream.WriteAsync(head);
            for (var offset = 0; offset < body.Length; offset += 16 * 1024)
            {
                var size = Math.Min(16 * 1024, body.Length - offset);
                await stream.WriteAsync(Encoding.ASCII.GetBytes($"{size:X}\r\n"));
                await stream.WriteAsync(body.AsMemory(offset, size));
                await stream.WriteAsync("\r\n"u8.ToArray());
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server stopped reading and closed its side: its answer is already in our receive buffer.
        }

        using var reader = new StreamReader(stream, Encoding.ASCII);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var statusLine = await reader.ReadLineAsync(timeout.Token) ?? "";
        return statusLine.Split(' ') is { Length: > 1 } parts ? parts[1] : statusLine;
    }
}
