using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>
/// The attacks on the local Direct Line from issue 14 (F2, F4, F6), each replayed over real HTTP against the real host:
/// they used to work and must not any more.
/// </summary>
public sealed class LocalDirectLineAttackTests
{
    [Fact]
    public async Task Nobody_can_post_a_message_as_the_bot_or_overwrite_the_visitors_activity_because_the_connector_routes_are_not_open()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        var conversation = await client.StartAsync();
        var posted = await client.SayAsync(conversation, "hallo");
        var visitorActivityId = posted["id"]!.GetValue<string>();

        using var attacker = host.CreateClient();
        const string phishing = """{"type":"message","text":"LeadBot: please log in at https://evil.example.net","from":{"id":"leadbot","role":"bot"}}""";
        foreach (var path in new[] { $"v3/conversations/{conversation.Id}/activities", $"v3/conversations/{conversation.Id}/activities/{Uri.EscapeDataString(visitorActivityId)}" })
        {
            using var post = await attacker.PostAsync(path, new StringContent(phishing, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        using var overwrite = await attacker.PutAsync($"v3/conversations/{conversation.Id}/activities/{Uri.EscapeDataString(visitorActivityId)}",
            new StringContent(phishing, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, overwrite.StatusCode);

        // What the visitor sees: their own message unchanged, the bot's real answers, nothing from the attacker.
        var (activities, _) = await client.ActivitiesAsync(conversation);
        Assert.DoesNotContain(activities, a => a!["text"]?.GetValue<string>().Contains("evil.example.net", StringComparison.Ordinal) == true);
        Assert.Equal("hallo", activities.Single(a => a!["id"]!.GetValue<string>() == visitorActivityId)!["text"]!.GetValue<string>());
        Assert.Contains(activities, a => DirectLineClient.Step(a) == "consent");
    }

    [Fact]
    public async Task A_visitor_cannot_post_as_the_bot_through_its_own_conversation_either()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        var conversation = await client.StartAsync();
        await client.PostAsync(conversation, new JsonObject
        {
            ["type"] = "message",
            ["text"] = "ich bin der Bot",
            ["from"] = new JsonObject { ["id"] = "leadbot", ["name"] = "LeadBot", ["role"] = "bot" },
        });
        var (activities, _) = await client.ActivitiesAsync(conversation);
        var echo = activities.Single(a => a!["text"]?.GetValue<string>() == "ich bin der Bot")!;
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.Equal(conversation.UserId, echo["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_upload_is_refused_with_a_clear_4xx_and_nothing_reaches_the_conversation()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        var conversation = await client.StartAsync();
        var other = await client.StartAsync();
        var (_, before) = await client.ActivitiesAsync(conversation);

        async Task<(HttpStatusCode Status, string? ContentType, JsonObject? Body)> UploadAsync(string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, $"v3/directline/conversations/{conversation.Id}/upload"))
            {
                Content = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes("<script>alert(1)</script>")), "file", "x.html" } },
            };
            if (token is not null)
            {
                request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
            }

            using var http = host.CreateClient();
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, string.IsNullOrWhiteSpace(text) ? null : JsonNode.Parse(text) as JsonObject);
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await UploadAsync(null)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync("not-a-token")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(other.Token)).Status);

        var accepted = await UploadAsync(conversation.Token);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, accepted.Status);
        Assert.Equal("application/problem+json", accepted.ContentType);
        Assert.Equal("AttachmentsNotAccepted", accepted.Body!["code"]!.GetValue<string>());
        Assert.Contains("text messages only", accepted.Body["detail"]!.GetValue<string>(), StringComparison.Ordinal);

        var (activities, after) = await client.ActivitiesAsync(conversation, before);
        Assert.Empty(activities);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task A_user_id_the_client_names_is_ignored_and_the_server_assigned_id_is_bound_to_the_token()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        const string victim = "dl_0123456789abcdef0123456789abcdef";

        // The token endpoint takes no user id; the old tokens/generate route that did is gone.
        using var http = host.CreateClient();
        using var tokenRequest = await http.PostAsync("api/directline/token",
            new StringContent($$"""{"user":{"id":"{{victim}}"},"userId":"{{victim}}"}""", Encoding.UTF8, "application/json"));
        var issued = JsonNode.Parse(await tokenRequest.Content.ReadAsStringAsync())!;
        Assert.Equal(HttpStatusCode.OK, tokenRequest.StatusCode);
        Assert.NotEqual(victim, issued["userId"]!.GetValue<string>());
        Assert.StartsWith("dl_", issued["userId"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.NotFound, (await client.CallAsync(HttpMethod.Post, "tokens/generate", null, new JsonObject { ["user"] = new JsonObject { ["id"] = victim } })).Status);

        // Starting a conversation needs a token; a user in the body changes nothing.
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.CallAsync(HttpMethod.Post, "conversations", null, new JsonObject { ["user"] = new JsonObject { ["id"] = victim } })).Status);
        var token = issued["token"]!.GetValue<string>();
        var started = await client.OkAsync(HttpMethod.Post, "conversations", token, new JsonObject { ["user"] = new JsonObject { ["id"] = victim } });
        var conversation = new Conversation(started["conversationId"]!.GetValue<string>(), started["token"]!.GetValue<string>(), "");
        await client.PostAsync(conversation, new JsonObject { ["type"] = "message", ["text"] = "hi", ["from"] = new JsonObject { ["id"] = victim } });
        var (activities, _) = await client.ActivitiesAsync(conversation);
        var echo = activities.First(a => a!["text"]?.GetValue<string>() == "hi")!;
        Assert.Equal(issued["userId"]!.GetValue<string>(), echo["from"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_pass_that_was_forged_or_altered_gives_a_new_visitor_and_never_the_claimed_conversation()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var client = new DirectLineClient(host.BaseAddress);
        var victim = await client.StartAsync();
        foreach (var forged in new[] { victim.Visitor[..^3] + (victim.Visitor[^3] == 'A' ? "B" : "A") + victim.Visitor[^2..], victim.UserId, "x" })
        {
            var issued = await client.TokenAsync(forged);
            Assert.NotEqual(victim.UserId, issued["userId"]!.GetValue<string>());
            Assert.NotEqual(victim.Id, issued["conversationId"]!.GetValue<string>());
            Assert.False(issued["resumed"]!.GetValue<bool>());
        }

        // The genuine pass continues the same conversation as the same visitor.
        var again = await client.TokenAsync(victim.Visitor);
        Assert.Equal(victim.UserId, again["userId"]!.GetValue<string>());
        Assert.Equal(victim.Id, again["conversationId"]!.GetValue<string>());
        Assert.True(again["resumed"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Large_activities_are_refused_and_every_conversation_keeps_at_most_its_byte_share()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversationKilobytes"] = "64" });
        using var client = new DirectLineClient(host.BaseAddress);
        var conversations = host.Services.GetRequiredService<LocalConversations>();

        // The attack of issue 14 posted 250 KB activities: refused before they are read to the end.
        var first = await client.StartAsync();
        var (tooLarge, error) = await client.CallAsync(HttpMethod.Post, $"conversations/{first.Id}/activities", first.Token, BigEvent(250 * 1024));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge);
        Assert.Equal("MessageSizeTooBig", error!["error"]!["code"]!.GetValue<string>());

        // Four conversations flooded with the largest activities allowed: each keeps its newest 64 KB, no more.
        var flooded = new List<Conversation> { first };
        for (var i = 0; i < 3; i++)
        {
            flooded.Add(await client.StartAsync());
        }

        foreach (var conversation in flooded)
        {
            for (var i = 0; i < 12; i++)
            {
                await client.PostAsync(conversation, BigEvent(30 * 1024));
            }
        }

        foreach (var conversation in flooded)
        {
            var kept = conversations.Find(conversation.Id)!;
            Assert.InRange(kept.Bytes, 30 * 1024, 64 * 1024);
            var (activities, watermark) = await client.ActivitiesAsync(conversation);
            Assert.InRange(activities.Count, 1, 3);
            Assert.Equal(kept.Watermark.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);
        }

        Assert.True(conversations.TotalBytes <= 4 * 64 * 1024 + 16 * 1024, $"{conversations.TotalBytes} bytes kept in all");
    }

    [Fact]
    public async Task A_client_flooding_the_token_endpoint_is_rate_limited_and_cannot_take_a_new_visitors_place()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:TokenRequestsPerMinute"] = "30",
            ["DirectLine:MaxConversationsPerClient"] = "10",
            ["DirectLine:MaxConversations"] = "40",
        });
        var conversations = host.Services.GetRequiredService<LocalConversations>();
        using var attacker = From(host, IPAddress.Parse("127.0.0.1"));
        var statuses = new List<HttpStatusCode>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 200; i++)
        {
            using var response = await attacker.PostAsync("api/directline/token", null);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null, "429 without Retry-After");
            }
        }

        // 30 at once, then one more every 2 seconds the loop took.
        var granted = statuses.Count(s => s == HttpStatusCode.OK);
        Assert.InRange(granted, 30, 31 + (int)(clock.Elapsed.TotalSeconds / 2));
        Assert.Equal(200 - granted, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        Assert.InRange(conversations.Count, 1, 10);

        // Other visitors (other addresses) still get conversations, and the attacker's cap is its own.
        for (var n = 2; n <= 5; n++)
        {
            using var visitor = new DirectLineClient(host.BaseAddress, Handler(IPAddress.Parse($"127.0.0.{n}")));
            var conversation = await visitor.StartAsync();
            await visitor.SayAsync(conversation, "hallo");
            var (activities, _) = await visitor.ActivitiesAsync(conversation);
            Assert.Contains(activities, a => DirectLineClient.Step(a) == "consent");
        }

        Assert.InRange(conversations.Count, 5, 14);
    }

    [Fact]
    public async Task A_client_holding_its_share_of_conversations_loses_its_own_oldest_never_another_clients()
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:TokenRequestsPerMinute"] = "1000",
            ["DirectLine:MaxConversationsPerClient"] = "5",
            ["DirectLine:MaxConversations"] = "12",
        });
        var conversations = host.Services.GetRequiredService<LocalConversations>();
        using var visitor = new DirectLineClient(host.BaseAddress, Handler(IPAddress.Parse("127.0.0.2")));
        var theirs = await visitor.StartAsync();

        using var attacker = From(host, IPAddress.Parse("127.0.0.1"));
        for (var i = 0; i < 100; i++)
        {
            using var response = await attacker.PostAsync("api/directline/token", null);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(6, conversations.Count);
        Assert.NotNull(conversations.Find(theirs.Id));
        await visitor.SayAsync(theirs, "hallo");
    }

    [Fact]
    public async Task The_host_header_is_reflected_neither_into_the_embed_snippet_nor_the_stream_url_nor_the_token_domain()
    {
        await using var host = await WebsiteHost.StartAsync();
        var own = host.BaseAddress.ToString().TrimEnd('/');
        using var http = host.CreateClient();
        using var embedRequest = new HttpRequestMessage(HttpMethod.Get, "embed");
        embedRequest.Headers.Host = "evil.example.net";
        using var embed = await http.SendAsync(embedRequest);
        var html = await embed.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example.net", html);
        Assert.Contains(own + "/leadbot.js", html);

        using var tokenRequest = new HttpRequestMessage(HttpMethod.Post, "api/directline/token");
        tokenRequest.Headers.Host = "evil.example.net";
        using var tokenResponse = await http.SendAsync(tokenRequest);
        var issued = JsonNode.Parse(await tokenResponse.Content.ReadAsStringAsync())!;
        Assert.Equal(own + "/v3/directline", issued["domain"]!.GetValue<string>());

        using var startRequest = new HttpRequestMessage(HttpMethod.Post, "v3/directline/conversations");
        startRequest.Headers.Host = "evil.example.net";
        startRequest.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", issued["token"]!.GetValue<string>());
        using var started = await http.SendAsync(startRequest);
        var streamUrl = JsonNode.Parse(await started.Content.ReadAsStringAsync())!["streamUrl"]!.GetValue<string>();
        Assert.StartsWith("ws://" + host.BaseAddress.Authority + "/v3/directline/conversations/", streamUrl);

        // With Bot:PublicBaseUrl, that address is used, whatever the request says.
        await using var behindProxy = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["Bot:PublicBaseUrl"] = "https://chat.example.com" });
        using var proxied = behindProxy.CreateClient();
        var snippet = await proxied.GetStringAsync("embed");
        Assert.Contains("https://chat.example.com/leadbot.js", snippet);
        using var proxiedClient = new DirectLineClient(behindProxy.BaseAddress);
        var conversation = await proxiedClient.StartAsync();
        Assert.StartsWith("wss://chat.example.com/v3/directline/conversations/", conversation.StreamUrl);
    }

    [Theory]
    [InlineData("MicrosoftAppId", "5f0b2c4e-1d3a-4b6c-8e9f-0a1b2c3d4e5f")]
    [InlineData("DirectLine:Secret", "dl-secret-Zq7x9W2mK4vB8nR1tY6uP3sD5fG0hJ")]
    public async Task With_an_app_id_or_a_secret_the_local_direct_line_is_not_there(string key, string value)
    {
        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?> { [key] = value });
        using var client = new DirectLineClient(host.BaseAddress);
        foreach (var (method, path) in new[] { (HttpMethod.Post, "conversations"), (HttpMethod.Post, "tokens/refresh"), (HttpMethod.Get, "conversations/x/activities") })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.CallAsync(method, path, "any")).Status);
        }

        using var http = host.CreateClient();
        using var connector = await http.PostAsync("v3/conversations/x/activities", new StringContent("{}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.NotFound, connector.StatusCode);
        if (key == "MicrosoftAppId")
        {
            // With an app id and no secret the website chat is off, and says so.
            using var token = await http.PostAsync("api/directline/token", null);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, token.StatusCode);
            Assert.Contains("DirectLine:Secret", await token.Content.ReadAsStringAsync());
        }
    }

    private static JsonObject BigEvent(int bytes) => new()
    {
        ["type"] = "event",
        ["name"] = "flood",
        ["value"] = new string('x', bytes),
    };

    /// <summary>An HTTP client whose connections come from <paramref name="address"/> (any 127.x.y.z is this machine).</summary>
    internal static HttpClient From(WebsiteHost host, IPAddress address) =>
        new(Handler(address), disposeHandler: true) { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };

    internal static SocketsHttpHandler Handler(IPAddress address) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(address, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
