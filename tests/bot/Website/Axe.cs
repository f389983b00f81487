using System.Diagnostics;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>axe-core (npm, tests/bot/Website/axe, installed with <c>npm ci</c> when missing) run on a page in Chromium:
/// every rule axe runs by default (WCAG 2.0/2.1 A and AA, and its best practices).</summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(Ensure);

    /// <summary>The violations on the page as "rule (impact): help — targets"; empty when there are none. The page's
    /// context must allow injected scripts (<see cref="Chromium.NewContextAsync"/> with bypassCsp).</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Script.Value });
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

    public static async Task AssertNoViolationsAsync(IPage page, string where)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Count == 0, $"axe found {violations.Count} violation(s) on {where}:\n" + string.Join("\n", violations));
    }

    private static string Ensure()
    {
        var folder = Path.Combine(ConversationHarness.RepositoryRoot(), "tests", "bot", "Website", "axe");
        var script = Path.Combine(folder, "node_modules", "axe-core", "axe.min.js");
        if (!File.Exists(script))
        {
            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
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
