using System.Diagnostics;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.Website;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>What the dashboard's Chromium tests share: Debian's Chromium through Playwright, axe-core, and where
/// screenshots go.</summary>
public static class DashboardBrowser
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    private static readonly Lazy<string> AxeScript = new(EnsureAxe);

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var playwright = await WebsiteConversationTests.StartPlaywrightAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebsiteConversationTests.ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        return (playwright, browser);
    }

    /// <summary>Collects console errors (a refused script or style under the policy is one), page errors and failed requests.</summary>
    public static List<string> WatchErrors(IPage page)
    {
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        page.RequestFailed += (_, request) => errors.Add($"request failed: {request.Url} {request.Failure}");
        return errors;
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "dashboard");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Console.WriteLine($"Screenshot of the dashboard: {path}");
        return path;
    }

    /// <summary>axe-core's violations on the page (every rule it runs by default: WCAG 2.0/2.1 A and AA and its best
    /// practices), as "rule (impact): help — targets". axe is evaluated through the browser's debugging protocol, which
    /// the page's policy does not restrict, so the page keeps its real policy.</summary>
    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.EvaluateAsync(await File.ReadAllTextAsync(AxeScript.Value) + "\n;true");
        }

        var json = await page.EvaluateAsync<string>("""
            async () => JSON.stringify((await axe.run(document, { resultTypes: ['violations'] })).violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 4).map(n => n.target.join(' '))
            })))
            """);
        return JsonNode.Parse(json)!.AsArray()
            .Select(v => $"{v!["id"]} ({v["impact"]}): {v["help"]} — {string.Join(" | ", v["nodes"]!.AsArray().Select(n => n!.ToString()))}")
            .ToList();
    }

    private static string EnsureAxe()
    {
        var folder = Path.Combine(ConversationHarness.RepositoryRoot(), "tests", "bot", "Dashboard", "axe");
        var script = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            using var npm = Process.Start(start)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEnd();
            Assert.True(npm.WaitForExit(TimeSpan.FromMinutes(5)), "npm ci timed out");
            Assert.True(npm.ExitCode == 0, $"npm ci failed: {error} {output.Result}");
        }

        Assert.True(File.Exists(script), script + " is missing after npm ci");
        return script;
    }
}
