using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.DirectLine;
using LeadBot.Bot.Tests.Support;
using Xunit.Abstractions;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// A company's page on ANOTHER origin embeds the chat exactly as the /embed page (and EMBED.md) says, in headless
/// Chromium, and a prospect completes a conversation there: with the bot's own Direct Line, and with Azure Direct Line
/// (a stand-in service on loopback). An origin the bot does not list gets a clear message, and the log names the setting.
/// </summary>
[Trait("Category", "Slow")]
public sealed class EmbeddingTests(ITestOutputHelper output)
{
    [Fact]
    public async Task A_page_on_another_origin_embeds_the_launcher_from_the_embed_page_and_a_prospect_qualifies_there()
    {
        await using var site = await HostSite.StartAsync();
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TrustedOrigins:0"] = site.Origin });
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);
        Assert.Contains($"{bot.BaseAddress.ToString().TrimEnd('/')}/leadbot.js", site.Body);

        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(new Uri(site.Address, "produkte/m5?utm_source=newsletter&utm_medium=email&utm_campaign=herbst&utm_term=fraese&utm_content=banner").ToString(),
            new() { Referer = "https://www.suchmaschine.example/suche?q=fraesmaschine" });
        var widget = new Widget(page);
        await widget.Launcher.ClickAsync();
        await widget.SaidAsync("Sind Sie einverstanden?");
        await Chromium.ScreenshotAsync(page, "embedded-launcher-open-desktop");
        await widget.WebChatReadyAsync();
        await widget.QualifyInGermanAsync();
        await Chromium.ScreenshotAsync(page, "embedded-launcher-finished-desktop");

        using var sales = bot.CreateClient();
        sales.DefaultRequestHeaders.Add("X-Api-Key", WebsiteHost.ApiKey);
        var lead = Assert.Single((await sales.GetFromJsonAsync<JsonObject>("api/leads"))!["items"]!.AsArray())!;
        Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
        Assert.Equal("Mql", lead["stage"]!.GetValue<string>());
        var source = lead["source"]!;
        Assert.Equal("directline", source["channelId"]!.GetValue<string>());
        Assert.StartsWith(site.Address + "produkte/m5", source["pageUrl"]!.GetValue<string>());
        Assert.Equal("herbst", source["campaign"]!.GetValue<string>());
        Assert.Equal("newsletter", source["campaignSource"]!.GetValue<string>());
        Assert.Equal("email", source["campaignMedium"]!.GetValue<string>());
        Assert.Equal("fraese", source["campaignTerm"]!.GetValue<string>());
        Assert.Equal("banner", source["campaignContent"]!.GetValue<string>());
        Assert.Equal("https://www.suchmaschine.example/suche?q=fraesmaschine", source["referrer"]!.GetValue<string>());
        output.WriteLine(lead.ToJsonString());
        errors.AssertNone();
    }

    [Fact]
    public async Task A_page_on_another_origin_chats_through_azure_direct_line_with_tokens_from_the_bot()
    {
        await using var site = await HostSite.StartAsync();
        await using var directLine = await DirectLineServiceStandIn.StartAsync("dl-secret-Zq7x9W2mK4vB8nR1tY6uP3sD5fG0hJ");
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?>
        {
            ["DirectLine:Secret"] = directLine.Secret,
            ["DirectLine:Endpoint"] = directLine.BaseUrl,
            ["DirectLine:TrustedOrigins:0"] = site.Origin,
        });
        directLine.BotMessages = new Uri(bot.BaseAddress, "api/messages");
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);

        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(new Uri(site.Address, "kontakt?utm_campaign=messe").ToString());
        var widget = new Widget(page);
        await widget.Launcher.ClickAsync();
        await widget.SaidAsync("Sind Sie einverstanden?");
        await widget.WebChatReadyAsync();
        await widget.QualifyInGermanAsync();

        // The token came from the bot (secret, server-chosen dl_ user, the configured origin); the chat itself went to
        // the Direct Line service, never to the bot's local Direct Line.
        var generated = Assert.Single(directLine.Generated);
        Assert.StartsWith("dl_", (string?)generated["user"]!["id"]);
        Assert.Equal([site.Origin], generated["trustedOrigins"]!.Select(o => (string?)o));
        Assert.Contains(directLine.Calls, c => c.StartsWith("POST /v3/directline/conversations/", StringComparison.Ordinal));
        Assert.Contains(directLine.Calls, c => c.StartsWith("GET /v3/directline/conversations/", StringComparison.Ordinal) && c.EndsWith("/stream", StringComparison.Ordinal));
        using var sales = bot.CreateClient();
        sales.DefaultRequestHeaders.Add("X-Api-Key", WebsiteHost.ApiKey);
        var lead = Assert.Single((await sales.GetFromJsonAsync<JsonObject>("api/leads"))!["items"]!.AsArray())!;
        Assert.Equal("Erika Musterfrau", lead["name"]!.GetValue<string>());
        Assert.Equal("messe", lead["source"]!["campaign"]!.GetValue<string>());
        errors.AssertNone();
    }

    [Fact]
    public async Task A_page_on_an_unlisted_origin_shows_a_clear_message_and_the_log_names_the_setting()
    {
        await using var site = await HostSite.StartAsync();
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["DirectLine:TrustedOrigins:0"] = "https://www.example.com" });
        site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(site.Address.ToString());
        var widget = new Widget(page);
        await widget.Launcher.ClickAsync();
        var notice = page.Locator(".lbw-notice[role='alert']");
        await notice.GetByText("Der Chat ist auf dieser Website nicht freigeschaltet.").WaitForAsync();
        Assert.DoesNotContain("später", await notice.InnerTextAsync());
        await Chromium.ScreenshotAsync(page, "embedded-unlisted-origin-desktop");

        // For the site's developer: the console names the setting; for the bot's operator: the log does.
        Assert.Contains(errors.All, e => e.Contains("DirectLine:TrustedOrigins", StringComparison.Ordinal) && e.Contains(site.Origin, StringComparison.Ordinal));
        errors.Expected.Add("DirectLine:TrustedOrigins");
        errors.Expected.Add("403 (Forbidden)");
        errors.AssertNone();
        Assert.Contains(bot.Logs.Lines, l => l.Contains(site.Origin, StringComparison.Ordinal) && l.Contains("DirectLine:TrustedOrigins", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_bot_with_an_app_id_but_no_direct_line_secret_says_the_chat_is_not_enabled_and_the_log_names_the_setting()
    {
        await using var bot = await WebsiteHost.StartAsync(new Dictionary<string, string?> { ["MicrosoftAppId"] = "5f0b2c4e-1d3a-4b6c-8e9f-0a1b2c3d4e5f" });
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync();
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(bot.BaseAddress.ToString());
        var notice = page.Locator(".lbw-notice[role='alert']");
        await notice.GetByText("Der Chat ist auf dieser Website nicht freigeschaltet.").WaitForAsync();
        Assert.DoesNotContain("später", await notice.InnerTextAsync());
        Assert.Equal(0, await notice.GetByRole(Microsoft.Playwright.AriaRole.Button).CountAsync());

        Assert.Contains(errors.All, e => e.Contains("DirectLine:Secret", StringComparison.Ordinal));
        errors.Expected.Add("DirectLine:Secret");
        errors.Expected.Add("503 (Service Unavailable)");
        errors.AssertNone();
        Assert.Contains(bot.Logs.Lines, l => l.Contains("DirectLine:Secret", StringComparison.Ordinal));
    }
}
