using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// The bot's own page end to end in a real headless Chromium (Debian's, never a downloaded one): the page, the widget
/// inline, Web Chat from the npm bundle, the local Direct Line, the real bot and database, and the sales API.
/// </summary>
[Trait("Category", "Slow")]
public sealed class WebsiteConversationTests
{
    public const string ChromiumPath = Chromium.ExecutablePath;

    [Fact]
    public async Task Prospect_qualifies_on_the_bots_own_page_and_the_lead_with_its_campaign_reaches_the_sales_api()
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(new Uri(host.BaseAddress, "?utm_campaign=herbst&utm_source=newsletter&utm_medium=email").ToString());
        Assert.Equal("Beispiel GmbH", await page.TitleAsync());
        Assert.Equal("https://www.example.com/datenschutz", await page.Locator("footer a").GetAttributeAsync("href"));
        Assert.Equal(0, await page.Locator("#embed-snippet").CountAsync());

        var widget = new Widget(page);
        await widget.SaidAsync("Sind Sie einverstanden?");
        Assert.True(await widget.Root.GetByText("Guten Tag").First.IsVisibleAsync() || await widget.Root.GetByText("Guten Tag").CountAsync() > 0);
        await widget.WebChatReadyAsync();
        await widget.QualifyInGermanAsync();
        Assert.True(await widget.Root.GetByText("Erika Musterfrau").First.IsVisibleAsync());
        await Chromium.ScreenshotAsync(page, "own-page-finished-desktop", fullPage: true);

        using var http = host.CreateClient();
        http.DefaultRequestHeaders.Add("X-Api-Key", WebsiteHost.ApiKey);
        var lead = Assert.Single((await http.GetFromJsonAsync<JsonObject>("api/leads"))!["items"]!.AsArray())!;
        Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
        Assert.Equal("erika.musterfrau@example.com", lead["email"]!.GetValue<string>());
        Assert.Equal("Mql", lead["stage"]!.GetValue<string>());
        Assert.Equal("directline", lead["source"]!["channelId"]!.GetValue<string>());
        Assert.Equal("herbst", lead["source"]!["campaign"]!.GetValue<string>());
        Assert.StartsWith(host.BaseAddress.ToString(), lead["source"]!["pageUrl"]!.GetValue<string>());
        errors.AssertNone();
    }

    [Fact]
    public async Task Switching_the_page_to_english_keeps_the_answers_and_asks_the_open_question_in_english()
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(host.BaseAddress.ToString());
        var widget = new Widget(page);
        await widget.SaidAsync("Sind Sie einverstanden?");
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await widget.AnswerAsync("name", "Erika Musterfrau");
        await page.Locator(".lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='email']").WaitForAsync();

        await page.Locator(".top button[data-lang='en']").ClickAsync();
        await widget.SaidAsync("Sure, I will continue in English.");
        await widget.SaidAsync("At which e-mail address can we reach you?");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Privacy policy", (await page.Locator("footer a").InnerTextAsync()).Trim());
        await widget.AnswerAsync("email", "erika@example.com");
        await widget.SaidAsync("Which company");
        // No second welcome or consent: the same conversation went on, and the switch itself left no bubble.
        var bubbles = widget.Root.Locator(".lbw-webchat .webchat__bubble__content");
        Assert.Equal(1, await bubbles.Filter(new() { HasText = "Sind Sie einverstanden?" }).CountAsync());
        Assert.Equal(0, await bubbles.Filter(new() { HasText = "Do you agree?" }).CountAsync());
        Assert.Equal(0, await bubbles.Filter(new() { HasText = "English please" }).CountAsync());
        Assert.Equal(1, await bubbles.GetByText("Erika Musterfrau", new() { Exact = true }).CountAsync());
        await Chromium.ScreenshotAsync(page, "own-page-switched-to-english-desktop");
        errors.AssertNone();
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
