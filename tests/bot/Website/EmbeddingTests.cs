using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.DirectLine;
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
        await page.GotoAsync(new Uri(site.Address, "produkte/m5?utm_source=newsletter&utm_medium=email&utm_campaign=herbst&utm_term=fraese&utm_content=banner").ToString());
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
        output.WriteLine(lead.ToJsonString());
        errors.AssertNone();
    }
}
