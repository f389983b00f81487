using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// The website channel end to end in a real headless Chromium (Debian's, never a downloaded one): the page served by
/// the bot, Web Chat from the npm bundle, the local Direct Line, the real bot and database, and the sales API.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebsiteConversationTests(ITestOutputHelper output)
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    [Fact]
    public async Task Prospect_qualifies_in_web_chat_on_the_page_and_the_lead_reaches_the_sales_api()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var playwright = await StartPlaywrightAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = "de-DE",
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
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

        await page.GotoAsync(new Uri(host.BaseAddress, "?utm_campaign=herbst&utm_source=newsletter").ToString());
        Assert.Equal("Beispiel GmbH", await page.TitleAsync());
        Assert.Equal("https://www.example.com/datenschutz", await page.Locator("footer a").GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator("#embed-snippet").CountAsync());
        using (var developer = new HttpClient())
        {
            // The snippet for web developers lives on /embed, not on the page prospects see.
            var embed = await developer.GetStringAsync(new Uri(host.BaseAddress, "embed"));
            Assert.Contains("id=\"embed-snippet\"", embed);
            Assert.Contains("/js/leadbot-chat.js", embed);
        }

        // Welcome and the consent question, with its buttons.
        await page.GetByText("Sind Sie einverstanden?").Last.WaitForAsync();
        Assert.True(await page.GetByText("Guten Tag").First.IsVisibleAsync());
        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "Ja", Exact = true }).ClickAsync();

        var input = page.Locator("[data-id='webchat-sendbox-input']");
        var answers = QualificationConversationTests.GermanAnswers;
        foreach (var step in new[] { "name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm" })
        {
            await page.Locator($"[data-id='webchat-sendbox-input'][data-leadbot-step='{step}']").WaitForAsync();
            var keyboard = await input.GetAttributeAsync("inputmode");
            Assert.Equal(step switch { "email" => "email", "phone" => "tel", _ => "text" }, keyboard);
            await input.FillAsync(answers[step]);
            await input.PressAsync("Enter");
        }

        await page.GetByText("Eine Kollegin oder ein Kollege aus unserem Vertrieb").Last.WaitForAsync();
        Assert.True(await page.GetByText("Erika Musterfrau").First.IsVisibleAsync());

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "website");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, "finished-conversation.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Console.WriteLine($"Screenshot of the finished website conversation: {screenshot}");

        // The lead, with the page as its source, through the sales API.
        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", WebsiteHost.ApiKey);
        var leads = await http.GetFromJsonAsync<JsonObject>("api/leads");
        var lead = Assert.Single(leads!["items"]!.AsArray())!;
        Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
        Assert.Equal("erika.musterfrau@example.com", lead["email"]!.GetValue<string>());
        Assert.Equal("Mql", lead["stage"]!.GetValue<string>());
        Assert.Equal("directline", lead["source"]!["channelId"]!.GetValue<string>());
        Assert.Equal("herbst", lead["source"]!["campaign"]!.GetValue<string>());
        Assert.StartsWith(host.BaseAddress.ToString(), lead["source"]!["pageUrl"]!.GetValue<string>());

        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
    }

    [Fact]
    public async Task Page_switches_to_english_and_restarts_the_chat_in_english()
    {
        await using var host = await WebsiteHost.StartAsync();
        using var playwright = await StartPlaywrightAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Args = ChromiumArgs, Headless = true });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        await page.GotoAsync(host.BaseAddress.ToString());
        await page.GetByText("Sind Sie einverstanden?").Last.WaitForAsync();
        await page.Locator("button[data-lang='en']").ClickAsync();
        await page.GetByText("Do you agree?").Last.WaitForAsync();
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Privacy policy", (await page.Locator("footer a").InnerTextAsync()).Trim());
        Assert.Equal(0, await page.GetByText("Sind Sie einverstanden?").CountAsync());
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "website");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, "mobile-english.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
    }

    /// <summary>Playwright with Debian's Chromium only: it must never download a browser, and a missing one fails.</summary>
    internal static async Task<IPlaywright> StartPlaywrightAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assert.True(File.Exists(ChromiumPath),
            $"Chromium is missing at {ChromiumPath}: the website tests need Debian's chromium package (apt-get install -y chromium). They never download a browser.");
        return await Playwright.CreateAsync();
    }
}
