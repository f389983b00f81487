using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// The launcher a company puts on its site, in headless Chromium on a page of another origin: colours, name, avatar and
/// position from the snippet's data attributes, the greeting bubble after the configured delay, minimise and close,
/// the unread badge; screenshots at desktop and phone size; on a phone the consent question and its buttons fit on the
/// first screen. Every state is checked with axe.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LauncherTests
{
    [Fact]
    public async Task The_launcher_follows_its_attributes_greets_after_the_delay_counts_unread_messages_and_minimises_and_closes()
    {
        await using var site = await HostSite.StartAsync();
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TrustedOrigins:0"] = site.Origin });
        var snippet = await HostSite.SnippetFromEmbedPageAsync(bot);
        site.Body = snippet.Replace("<script ", """<script data-position="left" data-accent="#6b2fb3" data-bot-name="Anna von Muster" data-avatar="/favicon.svg" data-greeting-delay="1" """, StringComparison.Ordinal);
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(site.Address.ToString());
        var widget = new Widget(page);

        // Closed: the launcher in the bottom-left corner in the page's colour; nothing started, nothing stored.
        await widget.Launcher.WaitForAsync();
        var box = (await widget.Launcher.BoundingBoxAsync())!;
        Assert.True(box.X < 60 && box.Y + box.Height > Chromium.Desktop.Height - 60, $"launcher at {box.X},{box.Y}");
        Assert.Equal("rgb(107, 47, 179)", await widget.Launcher.EvaluateAsync<string>("b => getComputedStyle(b).backgroundColor"));
        Assert.Equal("false", await widget.Launcher.GetAttributeAsync("aria-expanded"));
        Assert.True(await widget.Panel.IsHiddenAsync());
        await Axe.AssertNoViolationsAsync(page, "the host page with the launcher closed");

        // The greeting bubble after one second; it opens the chat.
        var greeting = page.Locator(".lbw-greeting");
        await greeting.WaitForAsync();
        Assert.Contains("Anna von Muster", await greeting.InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "launcher-greeting-desktop");
        await Axe.AssertNoViolationsAsync(page, "the host page with the greeting");
        await page.Locator(".lbw-greeting-open").ClickAsync();

        await widget.SaidAsync("Sind Sie einverstanden?");
        Assert.Equal("Anna von Muster", (await page.Locator(".lbw-title").InnerTextAsync()).Trim());
        StringAssert(await page.Locator(".lbw-avatar img").GetAttributeAsync("src"), bot.BaseAddress + "favicon.svg");
        Assert.Equal("true", await widget.Launcher.GetAttributeAsync("aria-expanded"));
        Assert.True(await greeting.IsHiddenAsync());
        await Chromium.ScreenshotAsync(page, "launcher-open-first-messages-desktop");
        await Axe.AssertNoViolationsAsync(page, "the open launcher before Web Chat");
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await page.Locator(".lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='name']").WaitForAsync();
        await Chromium.ScreenshotAsync(page, "launcher-open-webchat-desktop");
        await Axe.AssertNoViolationsAsync(page, "the open launcher with Web Chat");

        // Minimised: the conversation goes on (here from the visitor's other device) and the badge counts the answers.
        await page.Locator(".lbw-icon-button[aria-label='Chat minimieren']").ClickAsync();
        Assert.True(await widget.Panel.IsHiddenAsync());
        await PostAsVisitorAsync(page, bot, "Erika Musterfrau");
        await page.Locator(".lbw-badge:visible").GetByText("1").WaitForAsync();
        Assert.Equal("Chat öffnen, 1 neu", await widget.Launcher.GetAttributeAsync("aria-label"));
        await Chromium.ScreenshotAsync(page, "launcher-unread-badge-desktop");
        await Axe.AssertNoViolationsAsync(page, "the minimised launcher with a badge");
        await widget.Launcher.ClickAsync();
        await widget.SaidAsync("Unter welcher E-Mail-Adresse erreichen wir Sie?");
        Assert.True(await page.Locator(".lbw-badge").IsHiddenAsync());

        // Closed: no badge and no greeting for the rest of the page view; opening again continues.
        await page.Locator(".lbw-icon-button[aria-label='Chat schließen']").ClickAsync();
        await PostAsVisitorAsync(page, bot, "erika@example.com");
        await page.WaitForTimeoutAsync(1500);
        Assert.True(await page.Locator(".lbw-badge").IsHiddenAsync());
        Assert.True(await greeting.IsHiddenAsync());
        await widget.Launcher.ClickAsync();
        await widget.SaidAsync("Für welches Unternehmen schreiben Sie?");
        errors.AssertNone();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task On_a_phone_the_consent_question_and_its_buttons_are_visible_without_scrolling(bool botsOwnPage)
    {
        await using var site = await HostSite.StartAsync();
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TrustedOrigins:0"] = site.Origin });
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(size: Chromium.Phone, bypassCsp: true);
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        var widget = new Widget(page);
        var name = botsOwnPage ? "own-page-phone" : "launcher-phone";
        if (botsOwnPage)
        {
            await page.GotoAsync(bot.BaseAddress.ToString());
        }
        else
        {
            await page.GotoAsync(site.Address.ToString());
            await Chromium.ScreenshotAsync(page, "launcher-closed-phone");
            await Axe.AssertNoViolationsAsync(page, "the host page on a phone with the launcher closed");
            await widget.Launcher.ClickAsync();
        }

        await widget.SaidAsync("Sind Sie einverstanden?");
        await AssertConsentOnFirstScreenAsync(page, name + " (first messages)");
        await Chromium.ScreenshotAsync(page, name + "-consent");
        await Axe.AssertNoViolationsAsync(page, name + " before Web Chat");
        await widget.WebChatReadyAsync();
        await AssertConsentOnFirstScreenAsync(page, name + " (Web Chat)");
        await Chromium.ScreenshotAsync(page, name + "-consent-webchat");
        await Axe.AssertNoViolationsAsync(page, name + " with Web Chat");
        await widget.ChooseAsync("Ja");
        await widget.AnswerAsync("name", "Erika Musterfrau");
        // The phone's keyboard fits the question: e-mail, then the company.
        var input = page.Locator(".lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='email']");
        await input.WaitForAsync();
        Assert.Equal("email", await input.GetAttributeAsync("inputmode"));
        await widget.AnswerAsync("email", "erika@example.com");
        await widget.SaidAsync("Für welches Unternehmen schreiben Sie?");
        Assert.Equal("organization", await page.Locator(".lbw-webchat [data-id='webchat-sendbox-input']").GetAttributeAsync("autocomplete"));
        await Chromium.ScreenshotAsync(page, name + "-questions");
        errors.AssertNone();
    }

    [Fact]
    public async Task On_a_phone_the_summary_offers_two_buttons_on_screen_and_the_fields_only_after_change_something()
    {
        await using var bot = await WebsiteHost.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(size: Chromium.Phone);
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        var widget = new Widget(page);
        await page.GotoAsync(bot.BaseAddress.ToString());
        await widget.SaidAsync("Sind Sie einverstanden?");
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        foreach (var step in Widget.Steps.Where(s => s != "confirm"))
        {
            await widget.AnswerAsync(step, QualificationConversationTests.GermanAnswers[step]);
        }

        await page.Locator(".lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='confirm']").WaitForAsync();
        var toolbar = page.Locator(".lbw-webchat [role='toolbar']:visible");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Etwas ändern", Exact = true }).WaitForAsync();
        var offered = await VisibleButtonsAsync(toolbar);
        Assert.Equal(["Ja, das stimmt", "Etwas ändern"], offered.Select(b => b.Text));
        Assert.All(offered, b => Assert.True(b.Top >= 0 && b.Bottom <= Chromium.Phone.Height, $"'{b.Text}' is off the screen ({b.Top}..{b.Bottom})"));
        await Chromium.ScreenshotAsync(page, "own-page-phone-summary");

        await widget.ChooseAsync("Etwas ändern");
        await widget.SaidAsync("Welche Angabe möchten Sie ändern?");
        await toolbar.GetByRole(AriaRole.Button, new() { Name = "Budget ändern", Exact = true }).WaitForAsync();
        var fields = (await VisibleButtonsAsync(toolbar)).Select(b => b.Text).ToList();
        Assert.Contains("Name ändern", fields);
        Assert.Contains("Budget ändern", fields);
        Assert.DoesNotContain("Etwas ändern", fields);
        await Chromium.ScreenshotAsync(page, "own-page-phone-summary-fields");
        errors.AssertNone();
    }

    private static async Task<List<(string Text, double Top, double Bottom)>> VisibleButtonsAsync(ILocator toolbar)
    {
        var json = await toolbar.Last.EvaluateAsync<string>("""
            bar => JSON.stringify([...bar.querySelectorAll('button')]
              .filter(b => b.getClientRects().length > 0)
              .map(b => { const r = b.getBoundingClientRect(); return { text: b.textContent.trim(), top: r.top, bottom: r.bottom }; }))
            """);
        return JsonNode.Parse(json)!.AsArray().Select(b => (b!["text"]!.GetValue<string>(), b["top"]!.GetValue<double>(), b["bottom"]!.GetValue<double>())).ToList();
    }

    /// <summary>The whole consent message (what is stored, why, how long, the privacy link, the right to withdraw, the
    /// question) and its Yes/No buttons lie inside the window and inside the chat's visible area: nothing to scroll.</summary>
    private static async Task AssertConsentOnFirstScreenAsync(IPage page, string where)
    {
        var result = await page.EvaluateAsync<string>("""
            () => {
              const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const root = document.querySelector('.lbw');
              const texts = [...root.querySelectorAll('p, .webchat__text-content')].filter(visible);
              const consent = texts.filter(e => e.textContent.includes('Bevor wir beginnen')).pop();
              const question = texts.filter(e => e.textContent.includes('Sind Sie einverstanden?')).pop();
              const buttons = [...root.querySelectorAll('button')].filter(visible).filter(b => ['Ja', 'Nein'].includes(b.textContent.trim()));
              const scroller = (consent || question).closest('.lbw-log, [class*="scrollable"], [role="log"]') || root;
              const frame = scroller.getBoundingClientRect();
              const inside = e => { const r = e.getBoundingClientRect(); return r.top >= Math.max(0, frame.top) - 1 && r.bottom <= Math.min(innerHeight, frame.bottom + 80) + 1 && r.bottom <= innerHeight; };
              return JSON.stringify({ consent: !!consent && inside(consent), question: !!question && inside(question), buttons: buttons.length, buttonsInside: buttons.every(b => b.getBoundingClientRect().bottom <= innerHeight && b.getBoundingClientRect().top >= 0), scrollY, width: document.documentElement.scrollWidth });
            }
            """);
        var r = JsonNode.Parse(result)!;
        Assert.True(r["consent"]!.GetValue<bool>() && r["question"]!.GetValue<bool>() && r["buttons"]!.GetValue<int>() >= 2
            && r["buttonsInside"]!.GetValue<bool>() && r["scrollY"]!.GetValue<double>() == 0 && r["width"]!.GetValue<int>() <= Chromium.Phone.Width,
            $"{where}: the consent question and its buttons are not all on the first screen: {result}");
    }

    /// <summary>What the visitor writes on another device in the same conversation (REST with the stored token).</summary>
    private static async Task PostAsVisitorAsync(IPage page, WebsiteHost bot, string text)
    {
        var stored = JsonNode.Parse((await page.EvaluateAsync<string>("key => localStorage.getItem(key)", "leadbot:" + bot.BaseAddress.ToString().TrimEnd('/')))!)!;
        using var http = bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"v3/directline/conversations/{stored["conversationId"]}/activities")
        {
            Content = new StringContent(new JsonObject { ["type"] = "message", ["text"] = text, ["locale"] = "de-DE" }.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", stored["token"]!.GetValue<string>());
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"posting as the visitor: {(int)response.StatusCode}");
    }

    private static void StringAssert(string? actual, string expected) => Assert.Equal(expected, actual);
}
