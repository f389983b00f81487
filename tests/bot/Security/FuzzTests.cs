using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.ScaleOut;
using LeadBot.Bot.Tests.Support;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Security;

/// <summary>
/// #14: the real bot as its own process on PostgreSQL, attacked with thousands of generated malformed and hostile
/// requests (<see cref="HostileRequests"/>) on /api/messages, the local Direct Line and the sales API: no 5xx, no crash,
/// and its memory back near the idle level afterwards. Also the burst of #14 F7 (8 parallel 29 MB activities).
/// </summary>
[Trait("Category", "Slow")]
public sealed class FuzzTests(ITestOutputHelper output)
{
    private const string ApiKey = "fuzz-test-api-key-0123456789";

    private const int Seed = 20261202;

    [Fact]
    public async Task Thousands_of_hostile_requests_get_no_5xx_the_bot_survives_and_memory_returns_near_idle()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync("leadbot_fuzz");
        await using var standIn = await ConnectorStandIn.StartAsync();
        var bot = await BotProcess.StartAsync(database, new Dictionary<string, string?> { ["SalesApi:ApiKey"] = ApiKey });
        try
        {
            var idle = await WarmUpAndMeasureIdleAsync(bot, standIn);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
            var (token, conversationId) = await LocalDirectLineConversationAsync(http, bot.BaseAddress);

            var random = new Random(Seed);
            var serviceUrl = standIn.ServiceUrl.ToString().TrimEnd('/');
            var requests = HostileRequests.Activities(serviceUrl, random)
                .Concat(HostileRequests.DirectLine(random, token, conversationId))
                .Concat(HostileRequests.SalesApi(ApiKey))
                .ToList();
            Assert.True(requests.Count >= 1000, $"only {requests.Count} requests");
            Assert.Equal(requests.Count, requests.Select(r => r.Description + r.Path + r.Authorization).Distinct().Count());

            var failures = new ConcurrentQueue<string>();
            var statuses = new ConcurrentDictionary<int, int>();
            var peak = idle;
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (hostile, _) =>
            {
                try
                {
                    using var request = hostile.Build(bot.BaseAddress);
                    using var response = await http.SendAsync(request);
                    statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Enqueue($"{(int)response.StatusCode} for {hostile.Description}: {Cut(await response.Content.ReadAsStringAsync())}");
                    }
                }
                catch (HttpRequestException exception) when (hostile.Description.Contains(" MB", StringComparison.Ordinal))
                {
                    // The server may close the connection instead of reading a body far beyond the limit.
                    statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
                    output.WriteLine($"connection closed for {hostile.Description}: {exception.Message}");
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    failures.Enqueue($"{exception.GetType().Name} for {hostile.Description}: {exception.Message}");
                }

                peak = Math.Max(peak, ProcessMemory.ResidentMegabytes(bot.ProcessId));
            });
            var elapsed = watch.Elapsed;

            Assert.False(bot.HasExited, "the bot process died:\n" + bot.Output);
            using (var health = await http.GetAsync(new Uri(bot.BaseAddress, "healthz")))
            {
                Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            }

            var bound = NearIdle(idle);
            var after = await ProcessMemory.SettleBelowAsync(bot.ProcessId, bound, TimeSpan.FromSeconds(90));
            output.WriteLine($"{requests.Count} requests in {elapsed.TotalSeconds:0.0} s; statuses: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
            output.WriteLine($"RSS idle {idle:0} MB, peak {peak:0} MB, after {after:0} MB (bound {bound:0} MB)");
            var distinct = failures.Distinct().OrderBy(f => f, StringComparer.Ordinal).ToList();
            Assert.True(failures.IsEmpty, $"{failures.Count} requests failed ({distinct.Count} distinct):\n" + string.Join("\n", distinct.Take(60)));
            Assert.True(after <= bound, $"RSS stayed at {after:0} MB after the attack (idle {idle:0} MB, bound {bound:0} MB)");
            Assert.DoesNotContain("Unhandled exception", bot.Output, StringComparison.Ordinal);
        }
        finally
        {
            await bot.DisposeAsync();
            await PostgreSqlServer.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task After_a_burst_of_huge_and_maximum_size_activities_memory_returns_near_idle()
    {
        var database = await PostgreSqlServer.CreateDatabaseAsync("leadbot_burst");
        await using var standIn = await ConnectorStandIn.StartAsync();
        var bot = await BotProcess.StartAsync(database);
        try
        {
            var idle = await WarmUpAndMeasureIdleAsync(bot, standIn);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(120) };
            var serviceUrl = standIn.ServiceUrl.ToString().TrimEnd('/');

            // The F7 burst: 8 activities of 29 MB at once. Refused before they are read.
            var huge = Encoding.UTF8.GetBytes(new string(' ', 29 * 1024 * 1024));
            var hugeStatuses = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
            {
                var activity = HostileRequests.BaseActivity(serviceUrl, 1_000_000 + i).ToJsonString();
                var body = Encoding.UTF8.GetBytes(activity[..^1] + ",\"channelData\":\"").Concat(huge).Concat("\"}"u8.ToArray()).ToArray();
                using var content = new ByteArrayContent(body);
                content.Headers.ContentType = new("application/json");
                try
                {
                    using var response = await http.PostAsync(new Uri(bot.BaseAddress, "api/messages"), content);
                    return (int)response.StatusCode;
                }
                catch (HttpRequestException)
                {
                    return 0; // closed by the server without reading the rest
                }
            }));
            var peak = ProcessMemory.ResidentMegabytes(bot.ProcessId);

            // Then what is allowed, as much as possible at once: 64 activities just under the limit.
            var accepted = await Task.WhenAll(Enumerable.Range(0, 64).Select(async i =>
            {
                var activity = HostileRequests.BaseActivity(serviceUrl, 2_000_000 + i);
                activity["channelData"] = new JsonObject { ["padding"] = new string('p', 250 * 1024) };
                using var response = await http.PostAsJsonAsync(new Uri(bot.BaseAddress, "api/messages"), activity);
                return (int)response.StatusCode;
            }));
            peak = Math.Max(peak, ProcessMemory.ResidentMegabytes(bot.ProcessId));

            var bound = NearIdle(idle);
            var after = await ProcessMemory.SettleBelowAsync(bot.ProcessId, bound, TimeSpan.FromSeconds(90));
            output.WriteLine($"29 MB activities: {string.Join(", ", hugeStatuses)}; 250 KB activities: {accepted.Count(s => s == 200)} × 200");
            output.WriteLine($"RSS idle {idle:0} MB, peak {peak:0} MB, after {after:0} MB (bound {bound:0} MB)");

            Assert.All(hugeStatuses, s => Assert.True(s is 413 or 0, $"a 29 MB activity got {s}"));
            Assert.All(accepted, s => Assert.Equal(200, s));
            Assert.False(bot.HasExited, bot.Output);
            Assert.True(after <= bound, $"RSS stayed at {after:0} MB after the burst (idle {idle:0} MB, bound {bound:0} MB)");
        }
        finally
        {
            await bot.DisposeAsync();
            await PostgreSqlServer.DropDatabaseAsync(database);
        }
    }

    /// <summary>Generous: the idle level plus half of it plus 64 MB (the GC keeps some of what it grew into).</summary>
    private static double NearIdle(double idle) => (idle * 1.5) + 64;

    /// <summary>Runs a few ordinary turns (the JIT, the recognizers, the connection pools warm up), then reads the memory.</summary>
    private async Task<double> WarmUpAndMeasureIdleAsync(BotProcess bot, ConnectorStandIn standIn)
    {
        for (var i = 0; i < 3; i++)
        {
            using var emulator = new EmulatorClient(bot.MessagesUri, standIn);
            await emulator.StartAsync();
            await emulator.SendAndWaitAsync("ja");
            await emulator.SendAndWaitAsync("Erika Musterfrau");
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        var idle = ProcessMemory.ResidentMegabytes(bot.ProcessId);
        output.WriteLine($"RSS after warm-up: {idle:0} MB");
        return idle;
    }

    /// <summary>A started local Direct Line conversation the way the widget gets one (token endpoint, then POST
    /// conversations), so the hostile Direct Line requests also run with a valid token.</summary>
    private static async Task<(string? Token, string? ConversationId)> LocalDirectLineConversationAsync(HttpClient http, Uri baseAddress)
    {
        using var issued = await http.PostAsync(new Uri(baseAddress, "api/directline/token"), new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
        Assert.True(issued.IsSuccessStatusCode, $"/api/directline/token answered {(int)issued.StatusCode}");
        var body = await issued.Content.ReadFromJsonAsync<JsonObject>();
        var token = body!["token"]!.GetValue<string>();
        using var start = new HttpRequestMessage(HttpMethod.Post, new Uri(baseAddress, "v3/directline/conversations"))
        {
            Content = new StringContent("{\"locale\":\"de-DE\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        start.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        using var started = await http.SendAsync(start);
        Assert.True(started.IsSuccessStatusCode, $"POST v3/directline/conversations answered {(int)started.StatusCode}");
        var conversation = await started.Content.ReadFromJsonAsync<JsonObject>();
        return (conversation!["token"]!.GetValue<string>(), conversation["conversationId"]!.GetValue<string>());
    }

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
