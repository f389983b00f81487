using System.Diagnostics;
using System.Net;
using LeadBot.Bot.Telemetry;
using LeadBot.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace LeadBot.Bot.Tests.Telemetry;

/// <summary>
/// The production OpenTelemetry pipeline (LeadBot's source and meter, ASP.NET Core and HttpClient instrumentation, the
/// scrubber, logs) with OpenTelemetry's in-memory exporters in place of Azure Monitor: a full conversation over real HTTP
/// with a known name, e-mail, phone, company and answers, plus the privacy API's export by e-mail, and then every span
/// (name, tags, events, status), every metric (name, tags) and every log record (message, attributes) is searched for them.
/// </summary>
[Collection(TelemetryCollection.Name)]
public sealed class NoPersonalDataInTelemetryTests
{
    private static readonly Dictionary<string, string> Answers = new()
    {
        ["consent"] = "yes",
        ["name"] = "Wendelin Quastenflosser",
        ["email"] = "wendelin.quastenflosser@example.net",
        ["company"] = "Quastenflosser Aquaristik KG",
        ["phone"] = "+49 30 55512345",
        ["need"] = "Automate sales processes",
        ["authority"] = "I decide",
        ["budget"] = "about 73,500 euros",
        ["timeline"] = "in two months",
        ["confirm"] = "yes",
    };

    private const string ApiKey = "telemetry-test-api-key-0123456789";

    [Fact]
    public async Task A_full_conversation_reaches_the_exporters_as_ids_and_counts_without_any_personal_data()
    {
        var spans = new List<Activity>();
        var metrics = new List<MetricSnapshot>();
        var logs = new List<LogRecord>();
        await using var standIn = await ConnectorStandIn.StartAsync();
        await using var host = await BotHost.StartAsync(
            settings: new Dictionary<string, string?>
            {
                ["SalesApi:ApiKey"] = ApiKey,
                ["Telemetry:SampleSeconds"] = "5",
                ["Logging:LogLevel:Default"] = "Debug",
                ["Logging:LogLevel:LeadBot"] = "Debug",
                ["Logging:LogLevel:Microsoft.Bot"] = "Debug",
                ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Debug",
            },
            configureServices: services => services.AddLeadBotTelemetryPipeline()
                .WithTracing(t => t.AddInMemoryExporter(spans))
                .WithMetrics(m => m.AddInMemoryExporter(metrics))
                .WithLogging(l => l.AddInMemoryExporter(logs)));
        string conversationId;
        string userId;
        try
        {
            using var emulator = new EmulatorClient(host.MessagesUri, standIn, "en-US") { UserName = "Wendelin Quastenflosser" };
            conversationId = emulator.ConversationId;
            userId = emulator.UserId;
            var replies = await emulator.StartAsync();
            var steps = new List<string>();
            for (var turn = 0; turn < 20 && EmulatorClient.LastStep(replies) is { } step; turn++)
            {
                steps.Add(step);
                replies = await emulator.SendAndWaitAsync(Answers[step]);
            }

            Assert.True(steps.Contains("confirm"), string.Join("\n", host.Logs.Lines.Where(l => l.Contains("rror") || l.Contains("arn")).Take(20)));
            // A confusing answer makes the bot ask again; "show my data" reads everything back.
            replies = await emulator.SendAndWaitAsync("show my data");
            Assert.NotEmpty(replies);

            using var http = host.CreateClient();
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/privacy/export?email={Uri.EscapeDataString(Answers["email"])}");
            request.Headers.Add("X-Api-Key", ApiKey);
            request.Headers.Add("X-Requested-By", "Telemetry test");
            using var export = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Contains(Answers["company"], await export.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            await WaitForLeadReadingAsync(host, metrics);
            Flush(host);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }

        // There is telemetry to search, and it is the kind a bot owner needs.
        var turnSpans = spans.Where(s => s.OperationName == "leadbot.turn").ToList();
        Assert.True(turnSpans.Count >= 10, $"expected a span per turn, got {turnSpans.Count}");
        Assert.All(turnSpans, s => Assert.Equal(Hash(conversationId), s.GetTagItem(LeadBotTelemetry.ConversationTag)));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && (s.GetTagItem("url.path") as string) == "/api/messages");
        var replySpans = spans.Where(s => s.Kind == ActivityKind.Client && (s.GetTagItem("url.full") as string ?? "").Contains("/v3/conversations/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(replySpans);
        // The replies are children of the turn: one trace from the request to the connector call.
        Assert.Contains(replySpans, r => turnSpans.Any(t => t.TraceId == r.TraceId));
        // Each turn shows where its time went: reading and committing state, the dialogs, sending the replies.
        foreach (var stage in new[] { "leadbot.storage", "leadbot.dialog", "leadbot.reply" })
        {
            var stageSpans = spans.Where(s => s.OperationName == stage).ToList();
            Assert.True(stageSpans.Count >= 10, $"expected a {stage} span per turn, got {stageSpans.Count}");
            Assert.All(stageSpans, s => Assert.Contains(turnSpans, t => t.SpanId == s.ParentSpanId));
        }

        Assert.Contains(metrics, m => m.Name == "leadbot.turns");
        Assert.Contains(metrics, m => m.Name == "leadbot.turn.duration");
        Assert.Contains(metrics, m => m.Name == "leadbot.questions.asked" && Tags(m).Any(t => t.Value == "email"));
        Assert.Contains(metrics, m => m.Name == LeadBotTelemetry.LeadsMetric && Tags(m).Any(t => t.Key == LeadBotTelemetry.StageTag));
        Assert.Contains(metrics, m => m.Name == LeadBotTelemetry.OutboxBacklogMetric);
        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.TraceId != default); // logs written during a request carry its trace id

        var personal = new[]
        {
            "Wendelin", "Quastenflosser", "quastenflosser@example.net", "55512345", "555 12345", "Aquaristik", "73,500", "73500",
            "two months",
        };
        var texts = SpanTexts(spans).Concat(MetricTexts(metrics)).Concat(LogTexts(logs)).ToList();
        Assert.True(texts.Count > 200, $"expected plenty of telemetry to search, got {texts.Count} items");
        foreach (var secret in personal)
        {
            var leak = texts.FirstOrDefault(t => t.Contains(secret, StringComparison.OrdinalIgnoreCase));
            Assert.True(leak is null, $"'{secret}' reached the exporter: {leak}");
        }

        // Spans and metrics carry the conversation only hashed, and no user id: the URLs of the replies are scrubbed.
        // (The Bot Framework's own Debug log lines name activity ids; at the default levels they are not written.)
        foreach (var id in new[] { conversationId, userId })
        {
            var leak = SpanTexts(spans).Concat(MetricTexts(metrics)).FirstOrDefault(t => t.Contains(id, StringComparison.Ordinal));
            Assert.True(leak is null, $"'{id}' reached the exporter: {leak}");
        }
    }

    private static string Hash(string conversationId) => LeadBot.Bot.Hosting.AdapterWithErrorHandler.HashConversationId(conversationId);

    /// <summary>The backlog sampler reads the database on its own schedule (every few seconds at the least): it is asked
    /// for a reading now that the lead is stored, then the exported gauge is awaited.</summary>
    private static async Task WaitForLeadReadingAsync(BotHost host, List<MetricSnapshot> metrics)
    {
        await host.Services.GetServices<IHostedService>().OfType<BacklogSampler>().Single().SampleAsync(CancellationToken.None);
        var meters = host.Services.GetRequiredService<MeterProvider>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (true)
        {
            meters.ForceFlush();
            lock (metrics)
            {
                if (metrics.Any(m => m.Name == LeadBotTelemetry.LeadsMetric && m.MetricPoints.Any(p => p.GetGaugeLastValueLong() > 0)))
                {
                    return;
                }
            }

            await Task.Delay(500, timeout.Token);
        }
    }

    private static void Flush(BotHost host)
    {
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        host.Services.GetRequiredService<LoggerProvider>().ForceFlush();
    }

    private static IEnumerable<string> SpanTexts(IEnumerable<Activity> spans)
    {
        foreach (var span in spans.ToList())
        {
            yield return $"span {span.DisplayName} {span.OperationName} {span.StatusDescription}";
            foreach (var (key, value) in span.TagObjects)
            {
                yield return $"span {span.DisplayName} tag {key}={value}";
            }

            foreach (var e in span.Events)
            {
                yield return $"span {span.DisplayName} event {e.Name}";
                foreach (var (key, value) in e.Tags)
                {
                    yield return $"span {span.DisplayName} event {e.Name} {key}={value}";
                }
            }

            foreach (var (key, value) in span.Baggage)
            {
                yield return $"span {span.DisplayName} baggage {key}={value}";
            }
        }
    }

    private static IEnumerable<KeyValuePair<string, string>> Tags(MetricSnapshot metric)
    {
        foreach (var point in metric.MetricPoints)
        {
            foreach (var tag in point.Tags)
            {
                yield return new(tag.Key, Convert.ToString(tag.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
        }
    }

    private static IEnumerable<string> MetricTexts(List<MetricSnapshot> metrics)
    {
        List<MetricSnapshot> copy;
        lock (metrics)
        {
            copy = metrics.ToList();
        }

        foreach (var metric in copy)
        {
            yield return $"metric {metric.Name} {metric.Description} {metric.Unit}";
            foreach (var (key, value) in Tags(metric))
            {
                yield return $"metric {metric.Name} tag {key}={value}";
            }
        }
    }

    private static IEnumerable<string> LogTexts(List<LogRecord> logs)
    {
        foreach (var log in logs.ToList())
        {
            yield return $"log {log.CategoryName} {log.EventId.Name} {log.FormattedMessage} {log.Body} {log.Exception?.Message}";
            foreach (var (key, value) in log.Attributes ?? [])
            {
                yield return $"log {log.CategoryName} attribute {key}={value}";
            }
        }
    }
}
