using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Telemetry;
using LeadBot.Bot.Tests.Telemetry;

namespace LeadBot.Bot.Tests.DirectLine;

/// <summary>
/// The website's metrics, read with a MeterListener while a real host answers over HTTP: chat tokens per mode and
/// outcome, open local Direct Line connections, and requests refused by a rate limit, each with fixed words as tags,
/// never an origin, id or address. Alone in the telemetry collection: a listener sees every host in the process.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class WebsiteTelemetryTests
{
    private static readonly HashSet<string> AllowedTags = [LeadBotTelemetry.ModeTag, LeadBotTelemetry.OutcomeTag, LeadBotTelemetry.PolicyTag];

    [Fact]
    public async Task Tokens_connections_and_rate_limited_requests_are_counted_with_fixed_words_only()
    {
        var measurements = new ConcurrentQueue<(string Instrument, long Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LeadBotTelemetry.Name && instrument.Name.StartsWith("leadbot.directline.", StringComparison.Ordinal)
                || instrument.Name == "leadbot.website.rate_limited")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            measurements.Enqueue((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value))));
        listener.Start();

        await using var host = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:TokenRequestsPerMinute"] = "4",
            ["DirectLine:TrustedOrigins:0"] = "https://www.example.com",
        });
        using var client = new DirectLineClient(host.BaseAddress);

        // A new visitor, then the same visitor back with their pass: "new", then "resumed".
        var conversation = await client.StartAsync();
        await client.TokenAsync(conversation.Visitor);

        // A page on an unlisted origin.
        using (var http = host.CreateClient())
        using (var request = new HttpRequestMessage(HttpMethod.Post, "api/directline/token") { Content = new StringContent("{}", Encoding.UTF8, "application/json") })
        {
            request.Headers.Add("Origin", "https://evil.example.net");
            using var refused = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }

        // The WebSocket: one connection while it is open, none after it closed.
        using (var socket = await DirectLineClient.ConnectAsync(conversation.StreamUrl))
        {
            await client.JoinAsync(conversation);
            await DirectLineClient.ReadFramesAsync(socket, f => DirectLineClient.ActivitiesOf(f).Any(a => DirectLineClient.Step(a) == "consent"));
            Assert.Equal(1, Sum("leadbot.directline.connections"));
            await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
        }

        await WaitUntilAsync(() => Sum("leadbot.directline.connections") == 0);

        // Over the token limit (4 a minute, 3 used): refused and counted per policy.
        var statuses = new List<HttpStatusCode>();
        using (var http = host.CreateClient())
        {
            for (var i = 0; i < 4; i++)
            {
                using var response = await http.PostAsync("api/directline/token", new StringContent("{}", Encoding.UTF8, "application/json"));
                statuses.Add(response.StatusCode);
            }
        }

        var limited = statuses.Count(s => s == HttpStatusCode.TooManyRequests);
        Assert.True(limited >= 1, "no request was rate-limited: " + string.Join(", ", statuses));
        Assert.Equal(limited, measurements.Count(m => m.Instrument == "leadbot.website.rate_limited" && Equals(m.Tags[LeadBotTelemetry.PolicyTag], "LeadBotTokens")));

        var tokens = measurements.Where(m => m.Instrument == "leadbot.directline.tokens").ToList();
        Assert.True(tokens.All(m => Equals(m.Tags[LeadBotTelemetry.ModeTag], "local")));
        Assert.Equal(1 + statuses.Count(s => s == HttpStatusCode.OK), tokens.Count(m => Equals(m.Tags[LeadBotTelemetry.OutcomeTag], "new")));
        Assert.Equal(1, tokens.Count(m => Equals(m.Tags[LeadBotTelemetry.OutcomeTag], "resumed")));
        Assert.Equal(1, tokens.Count(m => Equals(m.Tags[LeadBotTelemetry.OutcomeTag], "origin-refused")));

        // Nothing that names a visitor, a conversation, a page or a client.
        foreach (var (instrument, _, tags) in measurements)
        {
            Assert.All(tags.Keys, key => Assert.Contains(key, AllowedTags));
            var values = string.Join(" ", tags.Values);
            foreach (var secret in new[] { conversation.Id, conversation.UserId, "example", "127.0.0.1" })
            {
                Assert.DoesNotContain(secret, values, StringComparison.Ordinal);
            }

            Assert.StartsWith("leadbot.", instrument, StringComparison.Ordinal);
        }

        long Sum(string instrument) => measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not hold within 20 s");
            await Task.Delay(50);
        }
    }
}
