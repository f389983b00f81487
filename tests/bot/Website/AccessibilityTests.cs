using LeadBot.Bot.Tests.DirectLine;

namespace LeadBot.Bot.Tests.Website;

/// <summary>axe on the bot's own pages in headless Chromium: the page (<c>/</c>) before and after Web Chat takes over,
/// and the developer page <c>/embed</c>, in both languages. The launcher's states are checked in
/// <see cref="LauncherTests"/>.</summary>
[Trait("Category", "Slow")]
public sealed class AccessibilityTests
{
    [Theory]
    [InlineData("de-DE")]
    [InlineData("en-US")]
    public async Task The_bots_page_and_the_embed_page_have_no_axe_violations(string locale)
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(locale, bypassCsp: true);
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        var widget = new Widget(page);
        foreach (var path in new[] { "", "embed" })
        {
            await page.GotoAsync(new Uri(host.BaseAddress, path).ToString());
            // Visible ones only: with a warm cache Web Chat may take over (hiding the first messages) before this looks.
            await widget.Root.Locator(".lbw-bubble p, .webchat__bubble p").Filter(new() { Visible = true }).First.WaitForAsync();
            await Axe.AssertNoViolationsAsync(page, $"/{path} ({locale}) with the first messages");
            await widget.WebChatReadyAsync();
            await Axe.AssertNoViolationsAsync(page, $"/{path} ({locale}) with Web Chat");
        }

        await Chromium.ScreenshotAsync(page, $"embed-page-{locale}", fullPage: true);
        errors.AssertNone();
    }
}
