using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// Measures, in headless Chromium on loopback, how soon after navigation the visitor sees the bot's first message, on
/// the bot's own page and on a page of another origin that embeds the chat inline, with an empty cache (a new browser
/// profile) and a warm one (the same profile again), and how soon after a click on the launcher. It prints the figures
/// (docs/benchmarks.md reports them); it asserts only that the message appeared, never a time.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebsiteSpeedMeasurement(ITestOutputHelper output)
{
    private const int Runs = 3;

    /// <summary>Records when the first bot message and Web Chat's take-over appear, relative to navigation start.</summary>
    private const string Probe = """
        (() => {
          const marks = window.__leadbotMarks = {};
          const check = () => {
            if (!marks.firstMessage && document.querySelector('.lbw-msg-bot .lbw-bubble p, .lbw-webchat .webchat__bubble:not(.webchat__bubble--from-user) p')) {
              marks.firstMessage = performance.now();
            }
            if (!marks.webChat && document.querySelector('.lbw[data-webchat="ready"]')) { marks.webChat = performance.now(); }
            if (!marks.click && window.__leadbotClick) { marks.click = window.__leadbotClick; }
          };
          new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
        })();
        """;

    [Fact]
    public async Task Prints_the_time_to_the_first_bot_message_with_an_empty_and_a_warm_cache()
    {
        await using var site = await HostSite.StartAsync();
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:TrustedOrigins:0"] = site.Origin,
            ["DirectLine:TokenRequestsPerMinute"] = "1000",
        });
        await using var chromium = await Chromium.LaunchAsync();
        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Website speed, headless Chromium on loopback, median of {Runs} runs (ms after navigation start)");
        report.AppendLine("| page | cache | first bot message | Web Chat took over | bytes transferred |");
        report.AppendLine("|---|---|---|---|---|");

        // Warm the bot itself (JIT, database) so the figures are the page's, not the first turn's.
        using (var client = new DirectLineClient(bot.BaseAddress))
        {
            var warm = await client.StartAsync();
            await client.JoinAsync(warm);
        }

        var inlinePage = new Uri(site.Address, "inline");
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot, inline: true);
        foreach (var (name, url) in new[] { ("the bot's page", bot.BaseAddress), ("an embedding page (inline)", inlinePage) })
        {
            var cold = new List<JsonNode>();
            var warm = new List<JsonNode>();
            for (var run = 0; run < Runs; run++)
            {
                await using var context = await chromium.NewContextAsync();
                await context.AddInitScriptAsync(Probe);
                var page = await Chromium.NewPageAsync(context);
                cold.Add(await MeasureAsync(page, url));
                warm.Add(await MeasureAsync(page, url));
            }

            report.AppendLine(Row(name, "empty", cold));
            report.AppendLine(Row(name, "warm", warm));
        }

        // The launcher: from the click to the first message (the page itself was already there).
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);
        var clicks = new List<JsonNode>();
        for (var run = 0; run < Runs; run++)
        {
            await using var context = await chromium.NewContextAsync();
            await context.AddInitScriptAsync(Probe);
            var page = await Chromium.NewPageAsync(context);
            await page.GotoAsync(site.Address.ToString());
            await page.Locator(".lbw-launcher").WaitForAsync();
            await page.EvaluateAsync("() => { window.__leadbotClick = performance.now(); document.querySelector('.lbw-launcher').click(); }");
            clicks.Add(await MarksAsync(page));
        }

        report.AppendLine(CultureInfo.InvariantCulture,
            $"| an embedding page (launcher), after the click | empty | +{Median(clicks, m => m["firstMessage"]!.GetValue<double>() - m["click"]!.GetValue<double>())} | +{Median(clicks, m => m["webChat"]!.GetValue<double>() - m["click"]!.GetValue<double>())} | {Median(clicks, m => m["bytes"]!.GetValue<double>())} |");
        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());
    }

    private static async Task<JsonNode> MeasureAsync(IPage page, Uri url)
    {
        await page.GotoAsync(url.ToString());
        return await MarksAsync(page);
    }

    /// <summary>Waits for the first message and Web Chat's take-over, then reads the marks and the bytes transferred.</summary>
    private static async Task<JsonNode> MarksAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.__leadbotMarks && window.__leadbotMarks.firstMessage && window.__leadbotMarks.webChat",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });
        var json = await page.EvaluateAsync<string>("""
            () => JSON.stringify(Object.assign({}, window.__leadbotMarks, {
              bytes: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource')).reduce((sum, e) => sum + (e.transferSize || 0), 0)
            }))
            """);
        var marks = JsonNode.Parse(json)!;
        Assert.True(marks["firstMessage"]!.GetValue<double>() > 0);
        return marks;
    }

    private static string Row(string name, string cache, List<JsonNode> runs) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {cache} | {Median(runs, m => m["firstMessage"]!.GetValue<double>())} | {Median(runs, m => m["webChat"]!.GetValue<double>())} | {Median(runs, m => m["bytes"]!.GetValue<double>())} |");

    private static string Median(List<JsonNode> runs, Func<JsonNode, double> value)
    {
        var sorted = runs.Select(value).Order().ToList();
        return Math.Round(sorted[sorted.Count / 2]).ToString("N0", CultureInfo.InvariantCulture);
    }
}
