using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>What the official JavaScript renderer made of a card at one width.</summary>
public sealed record RenderedCard(
    IReadOnlyList<string> Warnings,
    string Text,
    IReadOnlyList<RenderedButton> Buttons,
    double HeaderBottom,
    IReadOnlyList<string> Links,
    int Scripts,
    IReadOnlyList<string> MarkdownInputs,
    double Height,
    string? Version,
    string Screenshot);

/// <summary>A visible button: its title, where it is, and whether its title is cut (wider than the button shows).</summary>
public sealed record RenderedButton(string Title, double Top, double Width, bool Truncated);

/// <summary>
/// The Adaptive Cards JavaScript renderer (npm adaptivecards 3.0.6, tests/bot/Teams/renderer) in Debian's headless
/// Chromium: renders a card in a box of a given width (760 px is a Teams channel on a desktop, 360 px a phone), with a
/// host config close to Teams' (Segoe UI, six actions), and takes a screenshot into TestResults/teams.
/// </summary>
public sealed class CardRenderer : IAsyncDisposable
{
    private const string HostConfig = """
        {
          "fontFamily": "'Segoe UI', 'Helvetica Neue', Arial, sans-serif",
          "fontSizes": { "small": 12, "default": 14, "medium": 14, "large": 18, "extraLarge": 24 },
          "spacing": { "small": 4, "default": 12, "medium": 16, "large": 20, "extraLarge": 24, "padding": 16 },
          "actions": { "maxActions": 6, "buttonSpacing": 8, "spacing": "default", "actionsOrientation": "horizontal", "actionAlignment": "left",
                       "showCard": { "actionMode": "inline", "inlineTopMargin": 12 } },
          "containerStyles": {
            "default": { "backgroundColor": "#FFFFFF" },
            "emphasis": { "backgroundColor": "#F5F5F5" },
            "good": { "backgroundColor": "#E7F2DA" },
            "attention": { "backgroundColor": "#FBE9EA" },
            "accent": { "backgroundColor": "#E7E9F7" }
          }
        }
        """;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly string _renderer;

    private CardRenderer(IPlaywright playwright, IBrowser browser, string renderer)
    {
        _playwright = playwright;
        _browser = browser;
        _renderer = renderer;
    }

    public static string ScreenshotFolder
    {
        get
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "teams");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<CardRenderer> StartAsync()
    {
        var renderer = EnsureRenderer();
        var playwright = await Website.WebsiteConversationTests.StartPlaywrightAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Website.WebsiteConversationTests.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        return new CardRenderer(playwright, browser, renderer);
    }

    /// <summary>Renders <paramref name="card"/> <paramref name="width"/> pixels wide; with <paramref name="clickTitle"/> the
    /// button with that title is clicked first (e.g. "Details"). The screenshot is named <paramref name="name"/>.png.</summary>
    public async Task<RenderedCard> RenderAsync(JsonObject card, int width, string name, string? clickTitle = null)
    {
        var page = await _browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width + 32, Height = 900 }, DeviceScaleFactor = 2 });
        try
        {
            var pageErrors = new List<string>();
            page.PageError += (_, error) => pageErrors.Add(error);
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    pageErrors.Add($"{message.Type}: {message.Text}");
                }
            };
            await page.SetContentAsync($"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>body{{margin:16px;background:#ebebeb}} #card{{width:{width}px;background:#fff;border-radius:6px;overflow:hidden;box-shadow:0 1px 3px rgba(0,0,0,.2)}}</style></head><body><div id=\"card\"></div></body></html>");
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = _renderer });
            var result = await page.EvaluateAsync<JsonElement>(@"([json, hostConfig]) => {
                const payload = JSON.parse(json);
                // The host's markdown processor (Teams has its own): escape only, and count what is sent through it, so
                // prospect text can be shown not to be.
                const markdownInputs = [];
                AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
                    markdownInputs.push(text);
                    const div = document.createElement('div');
                    div.textContent = text;
                    result.outputHtml = div.innerHTML;
                    result.didProcess = true;
                };
                const card = new AdaptiveCards.AdaptiveCard();
                card.hostConfig = new AdaptiveCards.HostConfig(JSON.parse(hostConfig));
                const context = new AdaptiveCards.SerializationContext();
                card.parse(payload, context);
                const warnings = [];
                for (let i = 0; i < context.eventCount; i++) {
                    const e = context.getEventAt(i);
                    warnings.push('parse ' + e.event + ': ' + e.message);
                }
                for (const e of card.validateProperties().validationEvents) {
                    warnings.push('validation ' + e.event + ': ' + e.message);
                }
                const element = card.render();
                document.getElementById('card').appendChild(element);
                return { warnings, markdownInputs, version: card.version ? card.version.toString() : null };
            }", new object[] { card.ToJsonString(), HostConfig });

            if (clickTitle is not null)
            {
                await page.Locator("#card button", new PageLocatorOptions { HasTextString = clickTitle }).First.ClickAsync();
            }

            var measured = await page.EvaluateAsync<JsonElement>(@"() => {
                const root = document.getElementById('card');
                const top = root.getBoundingClientRect().top;
                const visible = e => e.offsetParent !== null && e.getBoundingClientRect().height > 0;
                const buttons = Array.from(root.querySelectorAll('button')).filter(visible).map(b => {
                    const r = b.getBoundingClientRect();
                    const title = b.innerText.trim();
                    const cut = Array.from(b.querySelectorAll('*')).concat([b]).some(x => x.scrollWidth > x.clientWidth + 1);
                    return { title, top: r.top - top, width: r.width, truncated: cut };
                }).filter(b => b.title.length > 0);
                return {
                    text: root.innerText,
                    buttons,
                    links: Array.from(root.querySelectorAll('a')).map(a => a.getAttribute('href')),
                    scripts: root.querySelectorAll('script').length,
                    height: root.getBoundingClientRect().height,
                    headerBottom: (document.getElementById('header') || root).getBoundingClientRect().bottom - top
                };
            }");
            var screenshot = Path.Combine(ScreenshotFolder, name + ".png");
            await page.Locator("#card").ScreenshotAsync(new LocatorScreenshotOptions { Path = screenshot });
            Console.WriteLine($"Screenshot of the card: {screenshot}");

            var warnings = result.GetProperty("warnings").EnumerateArray().Select(e => e.GetString()!).Concat(pageErrors).ToList();
            return new RenderedCard(
                warnings,
                measured.GetProperty("text").GetString()!,
                measured.GetProperty("buttons").EnumerateArray().Select(b => new RenderedButton(
                    b.GetProperty("title").GetString()!, b.GetProperty("top").GetDouble(), b.GetProperty("width").GetDouble(), b.GetProperty("truncated").GetBoolean())).ToList(),
                measured.GetProperty("headerBottom").GetDouble(),
                measured.GetProperty("links").EnumerateArray().Select(l => l.GetString() ?? "").ToList(),
                measured.GetProperty("scripts").GetInt32(),
                result.GetProperty("markdownInputs").EnumerateArray().Select(m => m.GetString()!).ToList(),
                measured.GetProperty("height").GetDouble(),
                result.GetProperty("version").GetString(),
                screenshot);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }

    /// <summary>tests/bot/Teams/renderer/node_modules/adaptivecards/dist/adaptivecards.min.js, after <c>npm ci</c> when missing.</summary>
    private static string EnsureRenderer()
    {
        var folder = Path.Combine(ConversationHarness.RepositoryRoot(), "tests", "bot", "Teams", "renderer");
        var script = Path.Combine(folder, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
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
