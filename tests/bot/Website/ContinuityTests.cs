using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// The visitor's conversation survives a reload, a second tab and a return visit (issue 16), in headless Chromium on a
/// page of another origin with the launcher: the widget keeps the visitor pass in the site's localStorage once the
/// visitor has written something, and nothing before.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ContinuityTests
{
    [Fact]
    public async Task After_a_reload_the_chat_reopens_with_its_history_at_the_same_question_and_nothing_was_stored_before_the_visitor_wrote()
    {
        await using var setup = await Setup.StartAsync();
        var (page, widget) = await setup.OpenAsync();
        await widget.SaidAsync("Sind Sie einverstanden?");
        Assert.Null(await setup.StoredAsync(page));

        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await widget.AnswerAsync("name", "Erika Musterfrau");
        await StepAsync(page, "email");
        var stored = (await setup.StoredAsync(page))!;
        Assert.False(string.IsNullOrEmpty(stored["visitor"]?.GetValue<string>()));
        Assert.DoesNotContain("Erika", stored.ToJsonString());

        await page.ReloadAsync();
        await widget.SaidAsync("Sind Sie einverstanden?");
        await widget.SaidAsync("Unter welcher E-Mail-Adresse erreichen wir Sie?");
        await widget.WebChatReadyAsync();
        await widget.AnswerAsync("email", "erika@example.com");
        await widget.SaidAsync("Für welches Unternehmen schreiben Sie?");
        Assert.Equal(stored["conversationId"]!.GetValue<string>(), (await setup.StoredAsync(page))!["conversationId"]!.GetValue<string>());
        // One conversation: one welcome, one consent question.
        Assert.Equal(1, await Bubbles(page).Filter(new() { HasText = "Sind Sie einverstanden?" }).CountAsync());
        await Chromium.ScreenshotAsync(page, "continuity-after-reload-desktop");
        setup.Errors.AssertNone();
    }

    [Fact]
    public async Task A_second_tab_shows_the_same_conversation_and_what_is_answered_in_one_tab_appears_in_the_other()
    {
        await using var setup = await Setup.StartAsync();
        var (first, widget) = await setup.OpenAsync();
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await widget.AnswerAsync("name", "Erika Musterfrau");
        await StepAsync(first, "email");

        var (second, otherWidget) = await setup.OpenAsync(clickLauncher: false);
        await otherWidget.Panel.WaitForAsync();
        await otherWidget.WebChatReadyAsync();
        await otherWidget.SaidAsync("Unter welcher E-Mail-Adresse erreichen wir Sie?");
        await otherWidget.AnswerAsync("email", "erika@example.com");
        await otherWidget.SaidAsync("Für welches Unternehmen schreiben Sie?");

        // The first tab shows the answer given in the second, and goes on from there.
        await widget.SaidAsync("erika@example.com");
        await widget.SaidAsync("Für welches Unternehmen schreiben Sie?");
        await widget.AnswerAsync("company", "Beispiel AG");
        await otherWidget.SaidAsync("Beispiel AG");
        setup.Errors.AssertNone();
    }

    [Fact]
    public async Task A_visitor_who_returns_after_their_conversation_ended_is_welcomed_back_and_continues_where_they_stopped()
    {
        // One conversation per client: the next token request from this machine ends the visitor's conversation, as a
        // restart of the bot or the end of its lifetime would.
        await using var setup = await Setup.StartAsync(new Dictionary<string, string?> { ["DirectLine:MaxConversationsPerClient"] = "1" });
        var (page, widget) = await setup.OpenAsync();
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await widget.AnswerAsync("name", "Erika Musterfrau");
        await widget.AnswerAsync("email", "erika@example.com");
        await StepAsync(page, "company");
        await page.CloseAsync();

        using (var other = new DirectLineClient(setup.Bot.BaseAddress))
        {
            await other.TokenAsync();
        }

        var (back, again) = await setup.OpenAsync(clickLauncher: false);
        await again.SaidAsync("Willkommen zurück bei Beispiel GmbH!");
        await again.WebChatReadyAsync();
        await again.AnswerAsync("company", "Beispiel AG");
        await again.SaidAsync("Telefonnummer");
        await Chromium.ScreenshotAsync(back, "continuity-welcome-back-desktop");
        setup.Errors.AssertNone();
    }

    [Fact]
    public async Task A_stored_session_older_than_the_configured_time_is_not_used()
    {
        await using var setup = await Setup.StartAsync(new Dictionary<string, string?> { ["Website:ContinueWithinHours"] = "2" });
        var (page, widget) = await setup.OpenAsync();
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await StepAsync(page, "name");
        var before = (await setup.StoredAsync(page))!["conversationId"]!.GetValue<string>();

        // Three hours later: the page is closed (which stores the session one last time) and the stored time is moved
        // back before the site's next page runs its scripts. A fresh start, as if the visitor had never been here.
        await page.CloseAsync();
        await setup.Context.AddInitScriptAsync(
            $"(() => {{ const key = {System.Text.Json.JsonSerializer.Serialize(setup.StorageKey)}; const s = JSON.parse(localStorage.getItem(key) || 'null'); " +
            "if (s && !sessionStorage.getItem('moved')) { s.savedAt -= 3 * 3600 * 1000; localStorage.setItem(key, JSON.stringify(s)); sessionStorage.setItem('moved', '1'); } })()");
        (page, widget) = await setup.OpenAsync();
        await widget.SaidAsync("Guten Tag!");
        await widget.SaidAsync("Sind Sie einverstanden?");
        Assert.Equal(0, await widget.Root.GetByText("Wie ist Ihr Name?").CountAsync());
        Assert.Null(await setup.StoredAsync(page));
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await StepAsync(page, "name");
        Assert.NotEqual(before, (await setup.StoredAsync(page))!["conversationId"]!.GetValue<string>());
        setup.Errors.AssertNone();
    }

    private static ILocator Bubbles(IPage page) => page.Locator(".lbw-webchat .webchat__bubble__content, .lbw-light:visible .lbw-bubble");

    private static Task StepAsync(IPage page, string step) =>
        page.Locator($".lbw-input[data-leadbot-step='{step}']:visible, .lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='{step}']:visible").First.WaitForAsync();

    /// <summary>A company site on another origin with the launcher snippet, the bot, and one browser profile.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        private Setup(HostSite site, WebsiteHost bot, Chromium chromium, IBrowserContext context)
        {
            Site = site;
            Bot = bot;
            Chromium = chromium;
            Context = context;
        }

        public HostSite Site { get; }

        public WebsiteHost Bot { get; }

        public Chromium Chromium { get; }

        public IBrowserContext Context { get; }

        public PageErrors Errors { get; } = new();

        public string StorageKey => "leadbot:" + Bot.BaseAddress.ToString().TrimEnd('/');

        public static async Task<Setup> StartAsync(IDictionary<string, string?>? settings = null)
        {
            var site = await HostSite.StartAsync();
            var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>()) { ["DirectLine:TrustedOrigins:0"] = site.Origin };
            var bot = await WebsiteHost.StartAsync(values);
            site.Body = await HostSite.SnippetFromEmbedPageAsync(bot);
            var chromium = await Chromium.LaunchAsync();
            return new Setup(site, bot, chromium, await chromium.NewContextAsync());
        }

        public async Task<(IPage Page, Widget Widget)> OpenAsync(bool clickLauncher = true)
        {
            var page = await Chromium.NewPageAsync(Context, Errors);
            await page.GotoAsync(Site.Address.ToString());
            var widget = new Widget(page);
            if (clickLauncher)
            {
                await widget.Launcher.ClickAsync();
            }

            return (page, widget);
        }

        public async Task<JsonObject?> StoredAsync(IPage page)
        {
            var json = await page.EvaluateAsync<string?>("key => localStorage.getItem(key)", StorageKey);
            return json is null ? null : (JsonObject?)JsonNode.Parse(json);
        }

        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await Chromium.DisposeAsync();
            await Bot.DisposeAsync();
            await Site.DisposeAsync();
        }
    }
}
