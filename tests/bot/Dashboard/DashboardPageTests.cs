using LeadBot.Bot.Tests.Support;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>
/// The dashboard page in a real headless Chromium (Debian's), under the pages' Content-Security-Policy (bot/Security), after the
/// conversations of <see cref="DashboardScenario"/> were driven over HTTP: signed in through the form, the figures on the
/// page equal the hand count, the charts are drawn, the filters narrow them, both languages, no axe violations.
/// Screenshots go to TestResults/dashboard.
/// </summary>
[Trait("Category", "Slow")]
public sealed class DashboardPageTests(ITestOutputHelper output)
{
    private static async Task<string[]> CellsAsync(IPage page, string card, string row) =>
        (await page.Locator($"[data-table='{card}'] tbody tr").Filter(new() { Has = page.Locator("th", new() { HasTextString = row }) }).First
            .Locator("td").EvaluateAllAsync<string[]>("cells => cells.map(c => c.textContent)")).Select(t => t.Replace('\u00a0', ' ').Replace('\u202f', ' ').Trim()).ToArray();

    private static async Task WaitLoadedAsync(IPage page, List<string> errors, string contains = "")
    {
        try
        {
            // An empty substring matches nothing in CSS: then any loaded state will do.
            var selector = contains.Length == 0 ? "[data-section='funnel'][data-loaded]" : $"[data-section='funnel'][data-loaded*='{contains}']";
            await page.Locator(selector).WaitForAsync(new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            var shot = await DashboardBrowser.ScreenshotAsync(page, "dashboard-not-loaded");
            Assert.Fail($"The funnel section did not load ({page.Url}, screenshot {shot}):\n" + string.Join("\n", errors));
        }
    }

    [Fact]
    public async Task Marketing_signs_in_and_sees_the_conversations_as_charts_in_german_and_english_filtered_by_source()
    {
        var scenario = await DashboardScenario.RunAsync();
        await using var _ = scenario.Driver;
        var (playwright, browser) = await DashboardBrowser.LaunchAsync();
        using var __ = playwright;
        await using var ___ = browser;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1360, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var errors = DashboardBrowser.WatchErrors(page);

        // Not signed in: the sign-in page, in the browser's language, served with the pages' security policy.
        var response = await page.GotoAsync(new Uri(scenario.Driver.Host.BaseAddress, "dashboard").ToString());
        var policy = await response!.HeaderValueAsync("content-security-policy");
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("/dashboard/signin", page.Url, StringComparison.Ordinal);
        Assert.Equal("de", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Empty(await DashboardBrowser.AxeViolationsAsync(page));
        await page.GetByLabel("Benutzername").FillAsync(DashboardScenario.LocalUser);
        await page.GetByLabel("Passwort").FillAsync(DashboardScenario.LocalPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).First.ClickAsync();

        await WaitLoadedAsync(page, errors);
        Assert.Equal("marketing", (await page.Locator(".who").InnerTextAsync()).Trim());
        var kpis = (await page.Locator(".kpi .value").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray();
        Assert.Equal(["9", "7", "4", "3", "1", "1", "3 Minuten"], kpis);
        Assert.Equal(7, await page.EvaluateAsync<int>("() => Object.keys(Chart.instances).length"));
        Assert.All(await page.Locator("canvas").EvaluateAllAsync<int[]>("cs => cs.map(c => c.width * c.height)"), area => Assert.True(area > 10_000));

        await page.Locator("details summary").First.ClickAsync();
        Assert.Equal(["9", "100 %", "0"], await CellsAsync(page, "funnel", "Gespräch begonnen"));
        Assert.Equal(["7", "77,8 %", "0"], await CellsAsync(page, "funnel", "Eingewilligt"));
        Assert.Equal(["1", "11,1 %", "–"], await CellsAsync(page, "funnel", "Opportunity"));
        Assert.Equal(["1", "0", "0", "0"], await CellsAsync(page, "dropoff", "E-Mail"));
        Assert.Equal(["0", "0", "1", "1"], await CellsAsync(page, "dropoff", "Einwilligung"));
        Assert.Equal(["8", "1", "12,5 %"], await CellsAsync(page, "reasks", "E-Mail"));
        Assert.Equal(["4", "3", "2", "1", "1", "50 %"], await CellsAsync(page, "source", "emulator · newsletter · herbst"));
        Assert.Equal(["5", "2", "2", "40 %", "40 %"], await CellsAsync(page, "language", "Deutsch"));
        Assert.Equal(["3"], await CellsAsync(page, "time", "2–5 Min."));
        Assert.Contains("Die meisten Gespräche endeten bei", await page.Locator("#dropoff-summary").InnerTextAsync());

        var violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe on the German dashboard:\n" + string.Join("\n", violations));
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "dashboard-de"));

        // One source: every figure narrows to it.
        await page.GetByLabel("Quelle (utm_source)").SelectOptionAsync("linkedin");
        await WaitLoadedAsync(page, errors, "linkedin");
        Assert.Equal("2", (await page.Locator(".kpi .value").First.InnerTextAsync()).Trim());
        Assert.Contains("source=linkedin", page.Url, StringComparison.Ordinal);
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "dashboard-de-linkedin"));

        // English, with the filter kept in the address.
        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        // Wait for the English page itself, then read its address. Playwright's WaitForURL waits for the "load" event
        // whenever the address already matches (whatever WaitUntil says), and that event is no part of what the page shows:
        // on a busy machine it came after the 60 s.
        await page.Locator("html[lang='en']").WaitForAsync();
        Assert.Contains("lang=en", page.Url, StringComparison.Ordinal);
        await page.GotoAsync(new Uri(scenario.Driver.Host.BaseAddress, "dashboard?lang=en").ToString(), new() { WaitUntil = WaitUntilState.Commit });
        await WaitLoadedAsync(page, errors);
        Assert.Equal("Funnel: first message to Opportunity", (await page.Locator("#funnel-title").InnerTextAsync()).Trim());
        Assert.Equal(["9", "7", "4", "3", "1", "1", "3 min"], (await page.Locator(".kpi .value").AllInnerTextsAsync()).Select(t => t.Trim()).ToArray());
        await page.Locator("[data-card='source'] details summary").ClickAsync();
        Assert.Equal(["4", "3", "2", "1", "1", "50%"], await CellsAsync(page, "source", "emulator · newsletter · herbst"));
        violations = await DashboardBrowser.AxeViolationsAsync(page);
        Assert.True(violations.Count == 0, "axe on the English dashboard:\n" + string.Join("\n", violations));
        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "dashboard-en"));

        // A narrow screen (a phone or a split window): still readable.
        await page.SetViewportSizeAsync(400, 900);
        // Nothing wider than the screen once the charts have followed the new width.
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            // Name what sticks out, so a failure says where to look.
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && e.getClientRects().length > 0)
                  .slice(0, 15)
                  .map(e => `${e.tagName.toLowerCase()}${e.id ? '#' + e.id : ''}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
                """);
            output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "dashboard-en-narrow-overflow"));
            Assert.Fail($"The page is wider than the 400 px screen: {string.Join("; ", wide)}");
        }

        output.WriteLine(await DashboardBrowser.ScreenshotAsync(page, "dashboard-en-narrow"));

        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task A_tab_shows_it_cannot_be_used_until_the_page_script_is_ready_and_then_opens_its_section()
    {
        await using var host = await BotHost.StartAsync(settings: DashboardScenario.Settings());
        try
        {
            var (playwright, browser) = await DashboardBrowser.LaunchAsync();
            using var _ = playwright;
            await using var __ = browser;
            await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE" });
            var page = await context.NewPageAsync();
            page.SetDefaultTimeout(60_000);
            var errors = DashboardBrowser.WatchErrors(page);

            // The page's script held back, as on a slow line: the tabs are on the page before anything can answer a click.
            var release = new TaskCompletionSource();
            await page.RouteAsync("**/dashboard/dashboard.js", async route =>
            {
                await release.Task;
                await route.ContinueAsync();
            });
            await page.GotoAsync(new Uri(host.BaseAddress, "dashboard?lang=de").ToString());
            await page.GetByLabel("Benutzername").FillAsync(DashboardScenario.LocalUser);
            await page.GetByLabel("Passwort").FillAsync(DashboardScenario.LocalPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Anmelden", Exact = true }).First.ClickAsync();
            var crmTab = page.GetByRole(AriaRole.Tab, new() { Name = "CRM-Ereignisse" });
            await crmTab.WaitForAsync();
            Assert.True(await crmTab.IsDisabledAsync(), "a tab is disabled while nothing would answer its click");

            release.SetResult();
            await crmTab.ClickAsync();
            Assert.Equal("true", await crmTab.GetAttributeAsync("aria-selected"));
            await page.Locator("[data-section='webhooks'] [data-card='webhooks-dead']").WaitForAsync();
            Assert.True(await page.Locator("[data-section='funnel']").IsHiddenAsync());
            Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }
}
