using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.DirectLine;
using LeadBot.Bot.Tests.Teams;
using LeadBot.Bot.Tests.Website;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static LeadBot.Bot.Tests.Handoff.LiveChatKit;
using static LeadBot.Bot.Tests.Teams.TeamsTestKit;

namespace LeadBot.Bot.Tests.Handoff;

/// <summary>
/// A takeover end to end with the real website: the page with Web Chat in Debian's headless Chromium on the bot's local
/// Direct Line, Teams on its stand-in connector. The prospect asks for a person in the chat, Ana accepts in Teams, her
/// message shows on the page as plain text sent as "Ana (Vertrieb)" (what the page receives over the WebSocket is
/// checked, as is what it shows), her typing shows as Web Chat's typing indicator, the prospect's answer reaches Teams,
/// Ana ends the chat and the bot asks its open question again; after the qualification the lead's history has the
/// transcript. A screenshot of the page during the live chat goes to TestResults/website.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LiveChatWebsiteTests(ITestOutputHelper output)
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-quic",
    ];

    private static async Task SendAsync(WebsiteHost host, JsonObject activity)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        using var response = await http.PostAsync(new Uri(host.BaseAddress, "api/messages"), new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.IsSuccessStatusCode, $"The bot answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task A_person_takes_over_the_chat_on_the_page_and_hands_back_to_the_bot()
    {
        await using var teams = await TeamsConnectorStandIn.StartAsync();
        await using var host = await WebsiteHost.StartAsync(LiveChatSettings());
        await SendAsync(host, InstallEvent(teams));

        using var playwright = await WebsiteConversationTests.StartPlaywrightAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = WebsiteConversationTests.ChromiumPath,
            Args = ChromiumArgs,
            Headless = true,
        });
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "de-DE", ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add($"page error: {error}");
        var received = new List<JsonObject>();
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Text is { Length: > 0 } text && JsonNode.Parse(text)?["activities"] is JsonArray activities)
            {
                lock (received)
                {
                    received.AddRange(activities.OfType<JsonObject>().Select(a => (JsonObject)a.DeepClone()));
                }
            }
        };

        await page.GotoAsync(host.BaseAddress.ToString());
        await page.GetByText("Sind Sie einverstanden?").Last.WaitForAsync();
        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "Ja", Exact = true }).ClickAsync();
        var input = page.Locator("[data-id='webchat-sendbox-input']");
        foreach (var step in new[] { "name", "email" })
        {
            await page.Locator($"[data-id='webchat-sendbox-input'][data-leadbot-step='{step}']").WaitForAsync();
            await input.FillAsync(MqlAnswers[step]);
            await input.PressAsync("Enter");
        }

        // The prospect asks for a person; Ana accepts in Teams.
        await page.Locator("[data-id='webchat-sendbox-input'][data-leadbot-step='company']").WaitForAsync();
        await input.FillAsync("Ich möchte mit einem Menschen sprechen");
        await input.PressAsync("Enter");
        await page.GetByText("ich hole jemanden aus dem Vertrieb dazu").First.WaitForAsync();
        await teams.WaitUntilAsync(c => c.Created.Any(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal)), Wait, "the request card");
        var request = teams.Created.Single(p => AllText(p.Card).Contains("Möchte jetzt", StringComparison.Ordinal));
        Assert.Contains("Erika Musterfrau", AllText(request.Card));
        await SendAsync(host, ExecuteInvoke(teams, request, "leadbot.acceptChat", CardAction(request.Card, "acceptChat")!["data"]!.AsObject()));
        await page.GetByText("Ana aus unserem Vertrieb ist jetzt da").First.WaitForAsync();
        var personal = Assert.Single(teams.PersonalChats);

        // Ana types, then writes with markdown and HTML: the page shows her typing, then her text as typed.
        await SendAsync(host, PersonalActivity(teams, "typing"));
        await page.Locator(".webchat__typing-indicator").First.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        const string fromAna = "**Hallo** <b>Frau Musterfrau</b>, [hier](https://evil.example) ist Ana.";
        await SendAsync(host, PersonalMessage(teams, fromAna));
        await page.GetByText(fromAna).First.WaitForAsync();
        Assert.Equal(0, await page.Locator(".webchat__bubble strong, .webchat__bubble b").Filter(new() { HasTextString = "Hallo" }).CountAsync());
        Assert.Equal(0, await page.Locator("a[href='https://evil.example']").CountAsync());
        JsonObject? sent;
        lock (received)
        {
            sent = received.LastOrDefault(a => a["text"]?.GetValue<string>() == fromAna);
        }

        Assert.NotNull(sent);
        Assert.Equal("Ana (Vertrieb)", sent!["from"]!["name"]!.GetValue<string>());
        Assert.Equal("plain", sent["textFormat"]!.GetValue<string>());

        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "website");
        Directory.CreateDirectory(folder);
        var screenshot = Path.Combine(folder, "live-chat-with-ana.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");

        // The prospect answers on the page: it reaches Ana's chat in Teams.
        await input.FillAsync("Was kostet die Lizenz?");
        await input.PressAsync("Enter");
        await WaitForTeamsAsync(teams, personal.ConversationId!, c => c.Text == "Erika Musterfrau: Was kostet die Lizenz?", "the prospect's message in Teams");

        // Ana ends the chat: the bot is back with the question it was at.
        await SendAsync(host, PersonalMessage(teams, "Chat beenden"));
        await page.GetByText("Ana hat den Chat beendet").First.WaitForAsync();
        await page.Locator("[data-id='webchat-sendbox-input'][data-leadbot-step='company']").WaitForAsync();
        foreach (var step in new[] { "company", "phone", "need", "authority", "budget", "timeline", "confirm" })
        {
            await page.Locator($"[data-id='webchat-sendbox-input'][data-leadbot-step='{step}']").WaitForAsync();
            await input.FillAsync(MqlAnswers[step]);
            await input.PressAsync("Enter");
        }

        await page.GetByText("Eine Kollegin oder ein Kollege aus unserem Vertrieb").Last.WaitForAsync();
        using var api = host.CreateClient();
        api.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var leads = await api.GetFromJsonAsync<JsonObject>("api/leads");
        var id = Assert.Single(leads!["items"]!.AsArray())!["id"]!.GetValue<string>();
        var lead = await api.GetFromJsonAsync<JsonObject>($"api/leads/{id}");
        var lines = Assert.Single(lead!["liveChats"]!.AsArray())!["lines"]!.AsArray().Select(l => l!["text"]!.GetValue<string>()).ToList();
        Assert.Equal([fromAna, "Was kostet die Lizenz?"], lines);
        Assert.True(errors.Count == 0, "The page logged errors:\n" + string.Join("\n", errors));
    }
}
