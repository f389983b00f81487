using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using LeadBot.Bot.Hosting;
using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Rest;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Hosting;

/// <summary>
/// The lean reply path against the stock <see cref="ConnectorClient"/>: both send the same activities to one real HTTP
/// endpoint, which records each request as it arrives (method, request target, every header, the body's bytes), and the
/// recordings must be identical. Answers (ids, statuses, error bodies) must come back the same way too.
/// </summary>
public sealed class LeanReplyConnectorClientTests
{
    private const string AnsweredId = "answered-1";

    /// <summary>Service URLs as channels give them: bare host, with a path (Azure regions, the bot's own Direct Line),
    /// with and without the trailing slash.</summary>
    public static TheoryData<string> BasePaths => new() { "/", "/emea/", "/emea", "/directline/v3/" };

    /// <summary>Conversation and activity ids as channels make them: Emulator/Direct Line ("id|0001"), Teams
    /// ("19:…@thread.tacv2;messageid=…"), and ids with characters that must be escaped.</summary>
    public static readonly (string ConversationId, string ActivityId)[] Ids =
    [
        ("conv-6f1e2d", "conv-6f1e2d|0007"),
        ("19:sales-channel@thread.tacv2;messageid=1700000000001", "1700000000001"),
        ("a:1Bc-Xyz_?&=/ %25 {x}#frag", "f:9+8=/ ?#"),
    ];

    [Theory]
    [MemberData(nameof(BasePaths))]
    public async Task Replies_and_sends_are_the_same_requests_as_the_stock_client_makes(string basePath)
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        var baseUri = new Uri(endpoint.Address, basePath);
        var credentials = new BearerCredentials("test-token");
        using var stock = StockClient(baseUri, credentials);
        using var lean = new LeanReplyConnectorClient(StockClient(baseUri, credentials));

        var compared = 0;
        foreach (var (conversationId, activityId) in Ids)
        {
            foreach (var activity in Activities(conversationId, activityId))
            {
                var stockReply = await stock.Conversations.ReplyToActivityWithHttpMessagesAsync(conversationId, activityId, activity);
                var stockReplyRequest = endpoint.Take();
                using var leanReply = await lean.Conversations.ReplyToActivityWithHttpMessagesAsync(conversationId, activityId, activity);
                AssertSameRequest(stockReplyRequest, endpoint.Take());
                AssertAnswered(leanReply);
                Assert.Equal(stockReply.Body.Id, leanReply.Body.Id);
                stockReply.Dispose();

                var stockSend = await stock.Conversations.SendToConversationWithHttpMessagesAsync(conversationId, activity);
                var stockSendRequest = endpoint.Take();
                using var leanSend = await lean.Conversations.SendToConversationWithHttpMessagesAsync(conversationId, activity);
                AssertSameRequest(stockSendRequest, endpoint.Take());
                AssertAnswered(leanSend);
                stockSend.Dispose();
                compared += 2;
            }
        }

        // The extension methods the adapter calls (CloudAdapterBase.SendActivitiesAsync) end in the same requests.
        var reply = Activities("conv-6f1e2d", "conv-6f1e2d|0007").First();
        Assert.Equal(AnsweredId, (await stock.Conversations.ReplyToActivityAsync(reply)).Id);
        var viaStock = endpoint.Take();
        Assert.Equal(AnsweredId, (await lean.Conversations.ReplyToActivityAsync(reply)).Id);
        AssertSameRequest(viaStock, endpoint.Take());
        Assert.Contains("/v3/conversations/conv-6f1e2d/activities/conv-6f1e2d%7C0007", viaStock.Target, StringComparison.Ordinal);

        // Custom headers are passed on, replacing a header of the same name.
        var custom = new Dictionary<string, List<string>> { ["x-custom"] = ["a", "b"], ["x-ms-conversation-id"] = ["overridden"] };
        (await stock.Conversations.ReplyToActivityWithHttpMessagesAsync("c1", "a1", reply, custom)).Dispose();
        var customStock = endpoint.Take();
        (await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c1", "a1", reply, custom)).Dispose();
        AssertSameRequest(customStock, endpoint.Take());
        Assert.Contains(customStock.Headers, h => h.StartsWith("x-custom: a", StringComparison.Ordinal));

        // A conversation id outside ASCII: escaped alike in the URL. The stock client fails a reply to it (HttpClient
        // refuses it in the x-ms-conversation-id header); the lean one delivers it without that header, so anyone
        // posting such an id cannot make the turn fail.
        (await stock.Conversations.SendToConversationWithHttpMessagesAsync("Gespräch-1", reply)).Dispose();
        var unicodeStock = endpoint.Take();
        (await lean.Conversations.SendToConversationWithHttpMessagesAsync("Gespräch-1", reply)).Dispose();
        AssertSameRequest(unicodeStock, endpoint.Take());
        Assert.Contains("Gespr%C3%A4ch-1", unicodeStock.Target, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HttpRequestException>(() => stock.Conversations.ReplyToActivityWithHttpMessagesAsync("Gespräch-1", "a", reply));
        using (var leanUnicodeReply = await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("Gespräch-1", "a", reply))
        {
            AssertAnswered(leanUnicodeReply);
        }

        var unicodeReply = endpoint.Take();
        Assert.Contains("/v3/conversations/Gespr%C3%A4ch-1/activities/a", unicodeReply.Target, StringComparison.Ordinal);
        Assert.DoesNotContain(unicodeReply.Headers, h => h.StartsWith("x-ms-conversation-id:", StringComparison.Ordinal));

        Assert.Equal(Ids.Length * 6 * 2, compared);
        Assert.Equal(0, endpoint.Pending);
    }

    [Fact]
    public async Task The_body_is_what_the_connector_expects_nulls_left_out_dates_in_iso_8601_text_as_utf8()
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        using var lean = new LeanReplyConnectorClient(StockClient(endpoint.Address, credentials: null));
        var activities = Activities("c", "a").ToList();

        (await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activities[0])).Dispose();
        (await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activities.Single(a => a.Type == ActivityTypes.Trace))).Dispose();

        // Not only "the same as stock": the comparison would pass for two wrong bodies too.
        var request = endpoint.Take();
        var json = Encoding.UTF8.GetString(request.Body);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.Contains("\"timestamp\":\"2025-03-30T01:59:59.9991234+02:00\"", json, StringComparison.Ordinal);
        Assert.Contains("Grüße, Erika! 👋 „E-Mail“? 日本語", json, StringComparison.Ordinal);
        Assert.Contains("\"channelData\":{\"leadbot\":{\"step\":\"email\"}}", json, StringComparison.Ordinal);
        Assert.NotEqual(0xEF, request.Body[0]); // no byte order mark
        Assert.Contains("content-type: application/json; charset=utf-8", request.Headers);
        Assert.Equal("POST", request.Method);

        // DateTimeZoneHandling.Utc: a DateTime without a kind is written as UTC; a TimeSpan in ISO 8601.
        var trace = Encoding.UTF8.GetString(endpoint.Take().Body);
        Assert.Contains("\"on\":\"2025-03-30T01:59:59Z\"", trace, StringComparison.Ordinal);
        Assert.Contains("\"took\":\"PT1.5S\"", trace, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_credentials_authorize_the_request_and_without_credentials_there_is_no_authorization()
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        var activity = Activities("c", "a").First();

        using (var withToken = new LeanReplyConnectorClient(StockClient(endpoint.Address, new BearerCredentials("secret-token"))))
        {
            (await withToken.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity)).Dispose();
            (await withToken.Conversations.SendToConversationWithHttpMessagesAsync("c", activity)).Dispose();
            Assert.Contains("authorization: Bearer secret-token", endpoint.Take().Headers);
            Assert.Contains("authorization: Bearer secret-token", endpoint.Take().Headers);
        }

        // No credentials at all, and what the Emulator without an app id gets (MicrosoftAppCredentials.Empty).
        foreach (var credentials in new ServiceClientCredentials?[] { null, MicrosoftAppCredentials.Empty })
        {
            using var anonymous = new LeanReplyConnectorClient(StockClient(endpoint.Address, credentials));
            (await anonymous.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity)).Dispose();
            (await anonymous.Conversations.SendToConversationWithHttpMessagesAsync("c", activity)).Dispose();
            Assert.DoesNotContain(endpoint.Take().Headers, h => h.StartsWith("authorization:", StringComparison.Ordinal));
            Assert.DoesNotContain(endpoint.Take().Headers, h => h.StartsWith("authorization:", StringComparison.Ordinal));
        }
    }

    public static TheoryData<int, string?, string?> Answers => new()
    {
        { 200, "{\"id\":\"answered-1\"}", null },
        { 201, "{\"id\":\"created-1\"}", null },
        { 202, null, null },
        { 204, null, null },
        { 400, "{\"error\":{\"code\":\"BadArgument\",\"message\":\"Activity is too big\"}}", null },
        { 401, null, null },
        { 404, "{\"error\":{\"code\":\"ConversationNotFound\",\"message\":\"Conversation not found.\"}}", null },
        { 429, "{\"error\":{\"code\":\"TooManyRequests\",\"message\":\"slow down\"}}", "7" },
        { 500, "{\"error\":{\"code\":\"ServiceError\",\"message\":\"boom\"}}", null },
        { 502, "<html><body>Bad gateway</body></html>", null },
        { 200, "not json", null },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Every_answer_comes_back_as_from_the_stock_client_failures_as_ErrorResponseException(int status, string? body, string? retryAfter)
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        endpoint.Answer(status, body, retryAfter);
        var credentials = new BearerCredentials("token");
        using var stock = StockClient(endpoint.Address, credentials);
        using var lean = new LeanReplyConnectorClient(StockClient(endpoint.Address, credentials));
        var activity = Activities("c", "a").First();

        var operations = new Func<IConnectorClient, Task<HttpOperationResponse<ResourceResponse>>>[]
        {
            c => c.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity),
            c => c.Conversations.SendToConversationWithHttpMessagesAsync("c", activity),
        };
        foreach (var operation in operations)
        {
            var expected = await OutcomeAsync(() => operation(stock));
            var actual = await OutcomeAsync(() => operation(lean));
            Assert.Equal(expected, actual);
            AssertSameRequest(endpoint.Take(), endpoint.Take());
            if (status is 200 or 201 or 202 && body != "not json")
            {
                Assert.StartsWith("ok", actual, StringComparison.Ordinal);
            }
            else
            {
                Assert.StartsWith(body == "not json" ? "Microsoft.Rest.SerializationException" : "Microsoft.Bot.Schema.ErrorResponseException", actual, StringComparison.Ordinal);
            }
        }

        if (status == 429)
        {
            // What the Teams outbox reads to wait before the next attempt.
            var error = await Assert.ThrowsAsync<ErrorResponseException>(() => lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity));
            Assert.Equal(HttpStatusCode.TooManyRequests, error.Response.StatusCode);
            Assert.Equal("7", error.Response.Headers["Retry-After"].Single());
            Assert.Equal("TooManyRequests", error.Body.Error.Code);
            Assert.DoesNotContain("token", string.Join("\n", error.Request.Headers.SelectMany(h => h.Value)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_other_operation_is_the_stock_clients_own()
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        using var stock = StockClient(endpoint.Address, new BearerCredentials("t"));
        var inner = StockClient(endpoint.Address, new BearerCredentials("t"));
        var lean = new LeanReplyConnectorClient(inner);

        Assert.Same(inner.Attachments, lean.Attachments);
        Assert.Same(inner.Credentials, lean.Credentials);
        Assert.Same(inner.SerializationSettings, lean.SerializationSettings);
        Assert.Same(inner.DeserializationSettings, lean.DeserializationSettings);
        Assert.Same(inner.BaseUri, lean.BaseUri);
        Assert.IsType<LeanReplyConversations>(lean.Conversations);

        var activity = Activities("c", "a").First();
        foreach (var client in new IConnectorClient[] { stock, lean })
        {
            await client.Conversations.UpdateActivityAsync("c", "a", activity);
            await client.Conversations.DeleteActivityAsync("c", "a");
            await client.Conversations.CreateConversationAsync(new ConversationParameters { IsGroup = true, Activity = activity });
        }

        var fromStock = new[] { endpoint.Take(), endpoint.Take(), endpoint.Take() };
        var fromLean = new[] { endpoint.Take(), endpoint.Take(), endpoint.Take() };
        Assert.Equal(["PUT", "DELETE", "POST"], fromStock.Select(r => r.Method));
        for (var i = 0; i < fromStock.Length; i++)
        {
            AssertSameRequest(fromStock[i], fromLean[i]);
        }

        // The base URI is the inner client's, also when set through the wrapper; replies follow it.
        lean.BaseUri = new Uri(endpoint.Address, "/moved/");
        Assert.Equal(new Uri(endpoint.Address, "/moved/"), inner.BaseUri);
        (await lean.Conversations.SendToConversationWithHttpMessagesAsync("c", activity)).Dispose();
        Assert.StartsWith("/moved/v3/conversations/c/activities", endpoint.Take().Target, StringComparison.Ordinal);

        lean.Dispose();
        Assert.Null(inner.HttpClient); // the stock client disposed its HttpClient
    }

    [Fact]
    public async Task The_host_hands_out_stock_connector_clients_wrapped_for_lean_replies()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "",
            ["MicrosoftAppPassword"] = "",
        }).Build();
        using var auth = new CachingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(configuration));

        var client = await auth.CreateConnectorFactory(new ClaimsIdentity()).CreateAsync("http://localhost:1/", null!, CancellationToken.None);

        // One wrapper: the lean reply path, shared between turns (the turn's Dispose leaves the stock client alive).
        var lean = Assert.IsType<LeanReplyConnectorClient>(client);
        Assert.True(lean.SharedBetweenTurns);
        Assert.IsType<LeanReplyConversations>(client.Conversations);
        client.Dispose();
        Assert.NotNull(lean.Inner.HttpClient);
        Assert.Equal(new Uri("http://localhost:1/"), lean.Inner.BaseUri);
        Assert.Same(lean.Inner.Credentials, client.Credentials);
    }

    /// <summary>
    /// A reply the Bot Connector refuses (through the lean reply path, <see cref="ErrorResponseException"/>) is not
    /// acknowledged: the turn answers 503, and its state and replies, committed before sending, are delivered when the
    /// channel redelivers the activity: the conversation goes on at the next question, not twice. A refusal that may
    /// pass (500) is first sent again within the turn.
    /// </summary>
    [Theory]
    [InlineData(500, 3)]
    [InlineData(404, 1)]
    public async Task A_refused_reply_fails_the_turn_and_the_redelivery_delivers_its_replies(int status, int refusals)
    {
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["Turns:ClaimTimeToLive"] = "00:00:01" });
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "de-DE");
            var replies = await emulator.StartAsync();
            if (EmulatorClient.LastStep(replies) is null)
            {
                replies = await emulator.SendAndWaitAsync("Hallo");
            }

            Assert.Equal("consent", EmulatorClient.LastStep(replies));
            standIn.FailNextPosts(status, refusals);
            var consent = emulator.Message("ja");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, await emulator.SendAsync(consent));

            Assert.Equal(refusals, standIn.FailedPosts);
            Assert.Contains(host.Logs.Lines, l => l.Contains(typeof(ErrorResponseException).FullName!, StringComparison.Ordinal));
            Assert.DoesNotContain(standIn.Of(emulator.ConversationId), r => r.Step == "name");

            replies = await emulator.SendAndWaitAsync(consent);
            Assert.Equal("name", EmulatorClient.LastStep(replies));
            Assert.Contains(host.Logs.Lines, l => l.Contains("its replies were not delivered: delivering them", StringComparison.Ordinal));

            replies = await emulator.SendAndWaitAsync("Erika Musterfrau");
            Assert.Equal("email", EmulatorClient.LastStep(replies));
            Assert.Single(standIn.Of(emulator.ConversationId), r => r.Step == "name");
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    /// <summary>The stock client as <c>ConnectorFactoryImpl</c> builds it: its own HttpClient with the Bot Framework's
    /// default headers, disposed with the client.</summary>
    internal static ConnectorClient StockClient(Uri baseUri, ServiceClientCredentials? credentials)
    {
        var http = new HttpClient();
        ConnectorClient.AddDefaultRequestHeaders(http);
        return new ConnectorClient(baseUri, credentials, http, disposeHttpClient: true);
    }

    /// <summary>Replies as the bot sends them (a question with its step marker and suggested actions, a text reply) and
    /// activities with every part the schema has: attachments (hero card, Adaptive Card, a data URL), entities, an
    /// extension property, a trace with a value, dates with offsets.</summary>
    internal static IEnumerable<Activity> Activities(string conversationId, string replyToId)
    {
        var incoming = new Activity
        {
            Type = ActivityTypes.Message,
            Id = replyToId,
            ChannelId = Channels.Emulator,
            ServiceUrl = "http://localhost:1/",
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount("user-1", "Erika Musterfrau", RoleTypes.User),
            Recipient = new ChannelAccount("bot-1", "Bot", RoleTypes.Bot),
            Locale = "de-DE",
            Text = "hallo",
        };
        var reference = incoming.GetConversationReference();
        var offset = new DateTimeOffset(2025, 3, 30, 1, 59, 59, 999, TimeSpan.FromHours(2)).AddTicks(1234);

        Activity Applied(Activity activity)
        {
            activity.ApplyConversationReference(reference);
            return activity;
        }

        var question = Applied(MessageFactory.SuggestedActions(["Ja", "Nein"], "Grüße, Erika! 👋 „E-Mail“? 日本語 \u2028 \"zitiert\" \\ \t Ende", null, InputHints.ExpectingInput) as Activity
            ?? throw new InvalidOperationException());
        question.ChannelData = JObject.Parse("{\"leadbot\":{\"step\":\"email\"}}");
        question.Timestamp = offset;
        question.LocalTimestamp = offset;
        yield return question;

        var text = incoming.CreateReply("echo: hallo");
        text.Timestamp = offset.ToUniversalTime();
        yield return text;

        var cards = Applied((Activity)MessageFactory.Carousel(
        [
            new HeroCard("Beispiel AG", "Lead", "Budget 50.000 €", [new CardImage("https://example.com/a.png", "Logo")],
                [new CardAction(ActionTypes.OpenUrl, "Öffnen", value: "https://example.com/leads/1?x=1&y=ü")]).ToAttachment(),
            new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse(
                "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"Neu: 1,5 Mio. €\",\"wrap\":true}],\"actions\":[{\"type\":\"Action.Submit\",\"title\":\"Übernehmen\",\"data\":{\"lead\":1,\"n\":null}}]}")),
            new Attachment("application/json", "data:application/json;base64,eyJhIjoxfQ==", name: "leadbot-my-data.json"),
        ]));
        cards.Summary = "Neuer Lead";
        cards.Importance = ActivityImportance.High;
        yield return cards;

        var entities = Applied((Activity)MessageFactory.Text("<at>Erika</at> bitte übernehmen"));
        entities.Entities =
        [
            new Mention(new ChannelAccount("user-1", "Erika"), "<at>Erika</at>"),
            new GeoCoordinates(elevation: 34.5, latitude: 52.52, longitude: 13.405, name: "Berlin"),
            new Entity("clientInfo") { Properties = JObject.Parse("{\"locale\":\"de-DE\",\"country\":\"DE\",\"platform\":\"Web\"}") },
        ];
        entities.TextFormat = TextFormatTypes.Xml;
        entities.Properties = JObject.Parse("{\"extra\":{\"weight\":1.25,\"big\":12345678901234567890,\"when\":\"2025-03-30T01:59:59+02:00\"}}");
        yield return entities;

        var trace = Applied((Activity)Activity.CreateTraceActivity("OnTurnError Trace", "https://www.botframework.com/schemas/error", new { type = "InvalidOperationException", at = offset, on = new DateTime(2025, 3, 30, 1, 59, 59, DateTimeKind.Unspecified), took = TimeSpan.FromMilliseconds(1500) }, "TurnError"));
        trace.Expiration = offset.AddDays(1);
        yield return trace;

        var typing = Applied(new Activity(ActivityTypes.Typing));
        typing.ReplyToId = replyToId;
        yield return typing;
    }

    private static void AssertAnswered(HttpOperationResponse<ResourceResponse> response)
    {
        Assert.Equal(AnsweredId, response.Body.Id);
        Assert.NotNull(response.Request);
        Assert.Equal(HttpStatusCode.OK, response.Response.StatusCode);
    }

    private static void AssertSameRequest(RecordedRequest stock, RecordedRequest lean)
    {
        Assert.Equal(stock.Method, lean.Method);
        Assert.Equal(stock.Target, lean.Target);
        Assert.Equal(stock.Headers, lean.Headers);
        Assert.Equal(Encoding.UTF8.GetString(stock.Body), Encoding.UTF8.GetString(lean.Body)); // readable when it fails
        Assert.True(stock.Body.AsSpan().SequenceEqual(lean.Body), "The bodies differ in their bytes.");
    }

    /// <summary>What a caller can see of a call's result: the body's id and the status, or the exception with its error
    /// body, request and response (without the Date header, which the endpoint stamps per second).</summary>
    private static async Task<string> OutcomeAsync(Func<Task<HttpOperationResponse<ResourceResponse>>> call)
    {
        try
        {
            using var response = await call();
            return $"ok {(int)response.Response.StatusCode} id={response.Body?.Id ?? "(none)"} request={response.Request.Method} {response.Request.RequestUri}";
        }
        catch (ErrorResponseException error)
        {
            return string.Join("\n",
                error.GetType().FullName, error.Message,
                $"body: {error.Body?.Error?.Code} {error.Body?.Error?.Message}",
                $"response: {(int)error.Response.StatusCode} {error.Response.ReasonPhrase} {error.Response.Content}",
                Flatten(error.Response.Headers.Where(h => h.Key != "Date")),
                $"request: {error.Request.Method} {error.Request.RequestUri} {error.Request.Content}",
                Flatten(error.Request.Headers));
        }
        catch (SerializationException error)
        {
            return string.Join("\n", error.GetType().FullName, error.Message, error.Content, error.InnerException?.GetType().FullName);
        }
    }

    private static string Flatten(IEnumerable<KeyValuePair<string, IEnumerable<string>>> headers) =>
        string.Join("\n", headers.SelectMany(h => h.Value.Select(v => $"{h.Key}: {v}")).Order(StringComparer.Ordinal));

    /// <summary>Credentials that authorize like <c>AppCredentials</c> on an Azure channel: a bearer token set in
    /// <c>ProcessHttpRequestAsync</c>.</summary>
    private sealed class BearerCredentials(string token) : ServiceClientCredentials
    {
        public override Task ProcessHttpRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return Task.CompletedTask;
        }
    }
}

/// <summary>A request as it arrived: method, request target as sent (escaping included), every header as
/// "name: value" in order, the body's bytes.</summary>
internal sealed record RecordedRequest(string Method, string Target, IReadOnlyList<string> Headers, byte[] Body);

/// <summary>A real HTTP endpoint on 127.0.0.1 that records every request and answers what it is told (by default 200
/// with <c>{"id":"answered-1"}</c>).</summary>
internal sealed class RecordingEndpoint : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private volatile Reply _answer = new(200, "{\"id\":\"answered-1\"}", null);

    private RecordingEndpoint(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public int Pending => _requests.Count;

    public static async Task<RecordingEndpoint> StartAsync()
    {
        var builder = LocalServer.CreateStandInBuilder();
        var app = builder.Build();
        var endpoint = new RecordingEndpoint(app);
        app.Run(endpoint.HandleAsync);
        await app.StartAsync();
        endpoint.Address = LocalServer.AddressOf(app);
        return endpoint;
    }

    public void Answer(int status, string? body, string? retryAfter) => _answer = new Reply(status, body, retryAfter);

    /// <summary>The oldest request not taken yet.</summary>
    public RecordedRequest Take() =>
        _requests.TryDequeue(out var request) ? request : throw new InvalidOperationException("No request arrived.");

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var target = http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var headers = http.Request.Headers
            .SelectMany(h => h.Value.Select(v => $"{h.Key.ToLowerInvariant()}: {v}"))
            .ToList();
        _requests.Enqueue(new RecordedRequest(http.Request.Method, target, headers, body.ToArray()));

        var answer = _answer;
        http.Response.StatusCode = answer.Status;
        if (answer.RetryAfter is not null)
        {
            http.Response.Headers.RetryAfter = answer.RetryAfter;
        }

        if (answer.Body is not null)
        {
            http.Response.ContentType = answer.Body.StartsWith('<') ? "text/html" : "application/json; charset=utf-8";
            await http.Response.WriteAsync(answer.Body);
        }
    }

    private sealed record Reply(int Status, string? Body, string? RetryAfter);
}

/// <summary>Tests that switch the process-wide <see cref="ServiceClientTracing"/> on: run alone, after the others.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ServiceClientTracingCollection
{
    public const string Name = "Service client tracing";
}

[Collection(ServiceClientTracingCollection.Name)]
public sealed class LeanReplyTracingTests
{
    [Fact]
    public async Task While_tracing_is_on_replies_take_the_stock_path_so_interceptors_see_them()
    {
        await using var endpoint = await RecordingEndpoint.StartAsync();
        using var lean = new LeanReplyConnectorClient(LeanReplyConnectorClientTests.StockClient(endpoint.Address, credentials: null));
        var activity = LeanReplyConnectorClientTests.Activities("c", "a").First();
        var interceptor = new MethodRecorder();
        var wasEnabled = ServiceClientTracing.IsEnabled;
        ServiceClientTracing.AddTracingInterceptor(interceptor);
        try
        {
            ServiceClientTracing.IsEnabled = true;
            (await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity)).Dispose();
            (await lean.Conversations.SendToConversationWithHttpMessagesAsync("c", activity)).Dispose();
            Assert.Equal(["ReplyToActivity", "SendToConversation"], interceptor.Entered);

            ServiceClientTracing.IsEnabled = false;
            (await lean.Conversations.ReplyToActivityWithHttpMessagesAsync("c", "a", activity)).Dispose();
            Assert.Equal(2, interceptor.Entered.Count);
            Assert.Equal(3, endpoint.Pending);
        }
        finally
        {
            ServiceClientTracing.IsEnabled = wasEnabled;
            ServiceClientTracing.RemoveTracingInterceptor(interceptor);
        }
    }

    private sealed class MethodRecorder : IServiceClientTracingInterceptor
    {
        public List<string> Entered { get; } = [];

        public void EnterMethod(string invocationId, object instance, string method, IDictionary<string, object> parameters)
        {
            if (instance is Conversations)
            {
                lock (Entered)
                {
                    Entered.Add(method);
                }
            }
        }

        public void Configuration(string source, string name, string value)
        {
        }

        public void ExitMethod(string invocationId, object returnValue)
        {
        }

        public void Information(string message)
        {
        }

        public void ReceiveResponse(string invocationId, HttpResponseMessage response)
        {
        }

        public void SendRequest(string invocationId, HttpRequestMessage request)
        {
        }

        public void TraceError(string invocationId, Exception exception)
        {
        }
    }
}
