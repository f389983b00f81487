using System.Net;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Hosting;

/// <remarks>Each test has a conversation of its own, so the class shares one echo-bot host and one stand-in connector
/// (<see cref="EchoHost"/>).</remarks>
public sealed class MessagesEndpointTests(MessagesEndpointTests.EchoHost shared) : IClassFixture<MessagesEndpointTests.EchoHost>
{
    private readonly ConnectorStandIn _standIn = shared.StandIn;
    private readonly BotHost _host = shared.Host;

    /// <summary>The real host with <see cref="EchoBot"/> as its bot, replying to a stand-in connector.</summary>
    public sealed class EchoHost : SharedBotHost
    {
        protected override Task<BotHost> StartHostAsync() => BotHost.StartAsync(configureServices: s => s.AddTransient<IBot, EchoBot>());
    }

    public static TheoryData<string, string> MalformedBodies => new()
    {
        { "not json", "not JSON" },
        { "{\"type\":\"message\",", "not JSON" },
        { "[]", "JSON object" },
        { "\"message\"", "JSON object" },
        { "{}", "'type'" },
        { "{\"type\":\"\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://localhost\"}", "'type'" },
        { "{\"type\":42,\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"http://localhost\"}", "'type'" },
        { "{\"type\":\"message\",\"text\":\"hi\",\"serviceUrl\":\"http://localhost\"}", "conversation.id" },
        { "{\"type\":\"message\",\"conversation\":{},\"serviceUrl\":\"http://localhost\"}", "conversation.id" },
        { "{\"type\":\"message\",\"conversation\":\"c\",\"serviceUrl\":\"http://localhost\"}", "conversation.id" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"text\":\"hi\"}", "serviceUrl" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"not a url\"}", "serviceUrl" },
        { "{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"serviceUrl\":\"ftp://example.com\"}", "serviceUrl" },
    };

    [Theory]
    [MemberData(nameof(MalformedBodies))]
    public async Task Malformed_activity_gets_400_with_a_short_problem(string body, string mentioned)
    {
        using var emulator = new EmulatorClient(_host.MessagesUri, _standIn);
        using var response = await emulator.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, problem["status"]!.GetValue<int>());
        Assert.Contains(mentioned, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_gets_400_not_500()
    {
        using var emulator = new EmulatorClient(_host.MessagesUri, _standIn);
        var activity = emulator.Message("hi");
        activity["timestamp"] = "yesterday";

        using var response = await emulator.PostAsync(activity.ToJsonString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Emulator_message_is_answered_at_its_serviceUrl_before_the_post_returns()
    {
        using var emulator = new EmulatorClient(_host.MessagesUri, _standIn);

        var replies = await emulator.SendAndWaitAsync("hallo");

        var reply = Assert.Single(replies);
        Assert.Equal("echo: hallo", reply.Text);
        Assert.Equal(emulator.ConversationId, reply.ConversationId);
        Assert.Equal(emulator.UserId, reply.Body["recipient"]?["id"]?.GetValue<string>());
    }

    [Fact]
    public async Task Get_on_messages_is_not_allowed()
    {
        using var client = _host.CreateClient();
        using var response = await client.GetAsync("api/messages");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }
}
