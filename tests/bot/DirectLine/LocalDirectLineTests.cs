using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using LeadBot.Bot.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>The local Direct Line 3.0 surface over real HTTP and WebSocket against the real host and bot.</summary>
public sealed class LocalDirectLineTests : IAsyncLifetime
{
    private readonly ShiftableTimeProvider _clock = new();
    private WebsiteHost _host = null!;
    private DirectLineClient _client = null!;

    public async Task InitializeAsync()
    {
        _host = await WebsiteHost.StartAsync(configureServices: s => s.AddSingleton<TimeProvider>(_clock));
        _client = new DirectLineClient(_host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Conversation_posts_hi_and_gets_welcome_and_consent_then_only_newer_activities_after_the_watermark()
    {
        var generated = await _client.TokenAsync();
        Assert.True(generated["expires_in"]!.GetValue<int>() is > 0 and <= 1800);
        using (var started = await _client.SendAsync(HttpMethod.Post, "conversations", generated["token"]!.GetValue<string>(), new JsonObject { ["locale"] = "de-DE" }))
        {
            Assert.Equal(HttpStatusCode.Created, started.StatusCode);
            var body = JsonNode.Parse(await started.Content.ReadAsStringAsync())!;
            Assert.Equal(generated["conversationId"]!.GetValue<string>(), body["conversationId"]!.GetValue<string>());
            Assert.StartsWith("ws://", body["streamUrl"]!.GetValue<string>());
            Assert.Contains("/v3/directline/conversations/", body["streamUrl"]!.GetValue<string>());
        }

        // Starting the same conversation again is 200, not a second conversation.
        var again = await _client.SendAsync(HttpMethod.Post, "conversations", generated["token"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);

        var conversation = new Conversation(generated["conversationId"]!.GetValue<string>(), generated["token"]!.GetValue<string>(), "");
        var posted = await _client.SayAsync(conversation, "hi");
        Assert.StartsWith(conversation.Id + "|", posted["id"]!.GetValue<string>());

        var (activities, watermark) = await _client.ActivitiesAsync(conversation);
        var echo = activities.First()!;
        Assert.Equal("hi", echo["text"]!.GetValue<string>());
        Assert.Equal("user", echo["from"]!["role"]!.GetValue<string>());
        Assert.StartsWith("dl_", echo["from"]!["id"]!.GetValue<string>());
        Assert.Equal("directline", echo["channelId"]!.GetValue<string>());
        var bot = activities.Skip(1).Select(a => a!).ToList();
        Assert.Contains(bot, a => a["text"]?.GetValue<string>().Contains("Guten Tag", StringComparison.Ordinal) == true);
        Assert.Equal("consent", DirectLineClient.Step(bot.Last(a => DirectLineClient.Step(a) is not null)));
        Assert.All(bot, a => Assert.Equal("bot", a["from"]!["role"]!.GetValue<string>()));
        Assert.DoesNotContain(activities, a => a!["type"]!.GetValue<string>() is "typing" or "conversationUpdate");
        Assert.Equal(activities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), watermark);

        await _client.SayAsync(conversation, "Ja");
        var (newer, newWatermark) = await _client.ActivitiesAsync(conversation, watermark);
        Assert.Equal("Ja", newer[0]!["text"]!.GetValue<string>());
        Assert.Equal("name", DirectLineClient.Step(newer.Last(a => DirectLineClient.Step(a) is not null)));
        Assert.DoesNotContain(newer, a => activities.Any(old => old!["id"]!.GetValue<string>() == a!["id"]!.GetValue<string>()));
        Assert.True(long.Parse(newWatermark, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark, System.Globalization.CultureInfo.InvariantCulture));

        // Nothing newer than the latest watermark.
        var (none, same) = await _client.ActivitiesAsync(conversation, newWatermark);
        Assert.Empty(none);
        Assert.Equal(newWatermark, same);
    }

    [Fact]
    public async Task WebSocket_receives_activity_sets_with_watermarks_and_typing_and_reconnect_resumes_after_the_watermark()
    {
        var conversation = await _client.StartAsync();
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl);
        await _client.JoinAsync(conversation);
        var frames = await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => DirectLineClient.Step(a) == "consent"));
        Assert.All(frames, f => Assert.NotNull(f["activities"]));
        var received = DirectLineClient.ActivitiesOf(frames).ToList();
        Assert.Equal("webchat/join", received[0]["name"]!.GetValue<string>());
        Assert.Contains(received, a => a["text"]?.GetValue<string>().Contains("Guten Tag", StringComparison.Ordinal) == true);
        var watermark = frames.Last(f => f["watermark"] is not null)["watermark"]!.GetValue<string>();

        // A message: echoed, then typing while the bot works, then the answer.
        await _client.SayAsync(conversation, "Ja");
        frames = await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => DirectLineClient.Step(a) == "name"));
        var types = DirectLineClient.ActivitiesOf(frames).Select(a => a["type"]!.GetValue<string>()).ToList();
        Assert.Equal("message", types[0]);
        Assert.Equal("typing", types[1]);
        Assert.Null(frames.Single(f => f["activities"]![0]!["type"]!.GetValue<string>() == "typing")["watermark"]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);

        // Reconnect as DirectLineJS does: GET the conversation with the watermark, open the fresh streamUrl.
        var reconnected = await _client.OkAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark={watermark}", conversation.Token);
        Assert.Equal(conversation.Id, reconnected["conversationId"]!.GetValue<string>());
        var streamUrl = reconnected["streamUrl"]!.GetValue<string>();
        Assert.Contains($"watermark={watermark}", streamUrl);
        using var second = await DirectLineClient.ConnectAsync(streamUrl);
        var replayed = DirectLineClient.ActivitiesOf(await DirectLineClient.ReadFramesAsync(second, f => f.Count > 0)).ToList();
        Assert.Equal("Ja", replayed[0]["text"]!.GetValue<string>());
        Assert.DoesNotContain(replayed, a => a["type"]!.GetValue<string>() == "event" || DirectLineClient.Step(a) == "consent");
        Assert.Contains(replayed, a => DirectLineClient.Step(a) == "name");
    }

    [Fact]
    public async Task While_a_person_from_sales_is_chatting_the_bot_shows_no_typing_and_again_once_the_bot_speaks()
    {
        var conversation = await _client.StartAsync();
        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl);
        await _client.JoinAsync(conversation);
        await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => DirectLineClient.Step(a) == "consent"));
        var local = _host.Services.GetRequiredService<LocalConversations>().Find(conversation.Id)!;

        // What bot/Handoff sends into the conversation for a person: signed with their name in from.name and channelData.
        var person = (Activity)MessageFactory.Text("Guten Tag, hier ist Anna.");
        person.From = new ChannelAccount("leadbot", "Anna (Vertrieb)", RoleTypes.Bot);
        person.ChannelData = new JObject { ["leadbot"] = new JObject { ["person"] = "Anna (Vertrieb)" } };
        local.Append(person);
        Assert.True(local.PersonChatting);

        // The visitor answers the person: echoed, but no "bot is typing" (the frames up to a marker the test appends
        // after the POST returned, by which time the typing would have been pushed).
        await _client.SayAsync(conversation, "Hallo Anna");
        local.Append(new Activity(ActivityTypes.Event) { Name = "test/marker", From = new ChannelAccount("test", role: "bot") });
        var frames = await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => a["name"]?.GetValue<string>() == "test/marker"));
        var received = DirectLineClient.ActivitiesOf(frames).ToList();
        Assert.Contains(received, a => a["text"]?.GetValue<string>() == "Hallo Anna");
        Assert.Contains(received, a => a["channelData"]?["leadbot"]?["person"]?.GetValue<string>() == "Anna (Vertrieb)");
        Assert.DoesNotContain(received, a => a["type"]!.GetValue<string>() == "typing");

        // The bot speaks again (here: its own answer without a person) and its typing comes back with the next message.
        var bot = (Activity)MessageFactory.Text("Der Chat mit Anna ist beendet.");
        bot.From = new ChannelAccount("leadbot", "LeadBot", RoleTypes.Bot);
        local.Append(bot);
        Assert.False(local.PersonChatting);
        await _client.SayAsync(conversation, "Ja");
        frames = await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => a["type"]!.GetValue<string>() == "typing"));
        Assert.Equal("bot", DirectLineClient.ActivitiesOf(frames).First(a => a["type"]!.GetValue<string>() == "typing")["from"]!["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_visitors_typing_is_echoed_and_runs_a_turn_without_leaving_a_stored_record()
    {
        var conversation = await _client.StartAsync();
        await _client.JoinAsync(conversation);
        await _client.SayAsync(conversation, "Ja");
        var before = await ActivityRecordsAsync();
        Assert.True(before >= 2, $"{before} activity records after two activities");

        using var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl);
        await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => DirectLineClient.Step(a) == "name"));
        for (var i = 0; i < 5; i++)
        {
            var posted = await _client.PostAsync(conversation, new JsonObject { ["type"] = "typing", ["from"] = new JsonObject { ["id"] = conversation.UserId } });
            Assert.Contains("|typing-", posted["id"]!.GetValue<string>(), StringComparison.Ordinal);
        }

        var frames = await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Count(a => a["type"]!.GetValue<string>() == "typing") >= 5);
        Assert.All(DirectLineClient.ActivitiesOf(frames).Where(a => a["type"]!.GetValue<string>() == "typing"),
            a => Assert.Equal("user", a["from"]!["role"]!.GetValue<string>()));
        Assert.Equal(before, await ActivityRecordsAsync());

        // A message still gets its record (so a redelivery is answered once).
        await _client.SayAsync(conversation, "Erika Musterfrau");
        Assert.Equal(before + 1, await ActivityRecordsAsync());
    }

    private async Task<long> ActivityRecordsAsync()
    {
        await using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_host.DatabasePath}");
        await db.OpenAsync();
        await using var count = db.CreateCommand();
        count.CommandText = $"SELECT count(*) FROM \"BotState\" WHERE \"Key\" LIKE '{LeadBot.Bot.Turns.TurnKeys.ActivityRecordPrefix}%'";
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task A_second_socket_replaces_the_first_which_is_closed_with_collision()
    {
        var conversation = await _client.StartAsync();
        using var first = await DirectLineClient.ConnectAsync(conversation.StreamUrl);
        using var second = await DirectLineClient.ConnectAsync(conversation.StreamUrl);
        await DirectLineClient.ReadFramesAsync(first, _ => false, TimeSpan.FromSeconds(10));
        Assert.Equal(WebSocketCloseStatus.NormalClosure, first.CloseStatus);
        Assert.Equal("collision", first.CloseStatusDescription);
    }

    [Fact]
    public async Task Token_for_one_conversation_is_rejected_on_another()
    {
        var a = await _client.StartAsync();
        var b = await _client.StartAsync();
        var message = new JsonObject { ["type"] = "message", ["text"] = "hi", ["from"] = new JsonObject { ["id"] = "x" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.CallAsync(HttpMethod.Post, $"conversations/{b.Id}/activities", a.Token, message)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.CallAsync(HttpMethod.Get, $"conversations/{b.Id}/activities", a.Token)).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.CallAsync(HttpMethod.Get, $"conversations/{b.Id}", a.Token)).Status);
        var streamOfB = b.StreamUrl.Replace(Uri.EscapeDataString(b.Token), Uri.EscapeDataString(a.Token), StringComparison.Ordinal);
        var refused = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineClient.ConnectAsync(streamOfB));
        Assert.Contains("403", refused.Message);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.CallAsync(HttpMethod.Get, $"conversations/{a.Id}/activities", null)).Status);
        var tampered = a.Token[..^4] + (a.Token[^4] == 'A' ? "B" : "A") + a.Token[^3..];
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.CallAsync(HttpMethod.Get, $"conversations/{a.Id}/activities", tampered)).Status);
        Assert.Empty((await _client.ActivitiesAsync(b)).Activities);
    }

    [Fact]
    public async Task Expired_token_is_rejected_and_a_refreshed_one_keeps_working()
    {
        var conversation = await _client.StartAsync();
        var lifetime = _host.Services.GetRequiredService<IOptions<LeadBot.Bot.DirectLine.DirectLineOptions>>().Value.TokenLifetime;
        _clock.Advance(lifetime - TimeSpan.FromMinutes(5));
        var refreshed = await _client.OkAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);
        Assert.Equal(conversation.Id, refreshed["conversationId"]!.GetValue<string>());
        var newToken = refreshed["token"]!.GetValue<string>();
        Assert.NotEqual(conversation.Token, newToken);

        _clock.Advance(TimeSpan.FromMinutes(10));
        var (status, error) = await _client.CallAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Equal("TokenExpired", error!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Forbidden, (await _client.CallAsync(HttpMethod.Post, "tokens/refresh", conversation.Token)).Status);

        await _client.SayAsync(conversation with { Token = newToken }, "hallo");
        var (activities, _) = await _client.ActivitiesAsync(conversation with { Token = newToken });
        Assert.Contains(activities, a => a!["text"]?.GetValue<string>() == "hallo");
    }

    [Theory]
    [InlineData("DirectLine:TokenLifetimeMinutes", "0")]
    [InlineData("DirectLine:TokenSigningKey", "too-short")]
    [InlineData("DirectLine:Endpoint", "http://directline.example.com")]
    [InlineData("DirectLine:TrustedOrigins:0", "https://www.example.com/path")]
    [InlineData("Bot:PublicBaseUrl", "not a url")]
    [InlineData("DirectLine:TokenRequestsPerMinute", "0")]
    [InlineData("DirectLine:MaxConversationsPerClient", "20000")]
    [InlineData("DirectLine:MaxConversationKilobytes", "1")]
    [InlineData("Website:ContinueWithinHours", "0")]
    public async Task Bad_direct_line_settings_stop_start_up_naming_the_key(string key, string value)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => WebsiteHost.StartAsync(new Dictionary<string, string?> { [key] = value }));
        Assert.Contains(key, error.Message);
    }
}
