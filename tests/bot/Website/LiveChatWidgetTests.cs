using LeadBot.Bot.DirectLine;
using LeadBot.Bot.Tests.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Tests.Website;

/// <summary>
/// A person from sales chatting live in the widget, in headless Chromium: their messages arrive in the visitor's
/// conversation the way the live chat (bot/Handoff) delivers them into a local Direct Line conversation, signed with
/// their name; the widget must show who is writing, to the eye and to a screen reader, and pass the visitor's typing on.
/// </summary>
[Trait("Category", "Slow")]
public sealed class LiveChatWidgetTests
{
    private const string Anna = "Anna (Vertrieb)";

    [Fact]
    public async Task A_persons_message_shows_their_name_to_the_eye_and_to_screen_readers_and_the_visitors_typing_reaches_the_bot()
    {
        await using var host = await WebsiteHost.StartAsync();
        await using var chromium = await Chromium.LaunchAsync();
        await using var context = await chromium.NewContextAsync(bypassCsp: true);
        var errors = new PageErrors();
        var page = await Chromium.NewPageAsync(context, errors);
        await page.GotoAsync(host.BaseAddress.ToString());
        var widget = new Widget(page);
        await widget.SaidAsync("Sind Sie einverstanden?");
        await widget.WebChatReadyAsync();
        await widget.ChooseAsync("Ja");
        await page.Locator(".lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='name']").WaitForAsync();
        var sendBox = page.Locator(".lbw-webchat [data-id='webchat-sendbox-input']");

        // The widget keeps the conversation in the site's storage once the visitor has answered.
        var conversationId = await page.EvaluateAsync<string>("""
            () => {
              for (let i = 0; i < localStorage.length; i++) {
                const key = localStorage.key(i);
                if (key.startsWith('leadbot:')) { return JSON.parse(localStorage.getItem(key)).conversationId; }
              }
              return null;
            }
            """);
        var conversation = host.Services.GetRequiredService<LocalConversations>().Find(conversationId)!;

        // The person types, then writes.
        conversation.Append(AsAnna(new Activity(ActivityTypes.Typing)));
        await page.Locator(".lbw-webchat .webchat__typing-indicator").WaitForAsync();
        // A screen reader is told who wrote: the live region announces it. Web Chat keeps an announcement there only for
        // a while, so the watch for it starts before the message arrives.
        var announced = page.Locator(".lbw-webchat .webchat__live-region-transcript").GetByText($"{Anna}: Guten Tag, hier ist Anna.").First
            .WaitForAsync(new() { State = WaitForSelectorState.Attached });
        conversation.Append(AsAnna((Activity)MessageFactory.Text("Guten Tag, hier ist Anna. Wie kann ich helfen?")));

        var signed = page.Locator(".lbw-webchat .lbw-person-activity").Filter(new() { HasText = "Guten Tag, hier ist Anna." });
        await signed.WaitForAsync();
        var label = signed.Locator(".lbw-person");
        Assert.True(await label.IsVisibleAsync());
        Assert.Equal(Anna, (await label.InnerTextAsync()).Trim());
        // The label sits above the person's bubble; the bot's own messages carry none.
        // Both measured in one frame: the transcript may still be scrolling to the newest message.
        var layout = await signed.EvaluateAsync<string>("""
            activity => {
              const label = activity.querySelector('.lbw-person').getBoundingClientRect();
              const bubble = activity.querySelector('.webchat__bubble').getBoundingClientRect();
              return JSON.stringify({ labelBottom: label.bottom, bubbleTop: bubble.top });
            }
            """);
        var rects = System.Text.Json.Nodes.JsonNode.Parse(layout)!;
        Assert.True(rects["labelBottom"]!.GetValue<double>() <= rects["bubbleTop"]!.GetValue<double>() + 1, $"the label is not above the bubble: {layout}");
        Assert.Equal(1, await page.Locator(".lbw-webchat .lbw-person").CountAsync());

        // The live region announced who wrote, and the message's text alternative (read when the visitor moves through
        // the transcript with the keyboard) starts with the name.
        await announced;
        await sendBox.FocusAsync();
        string? heard = null;
        for (var i = 0; i < 8 && heard is null; i++)
        {
            await page.Keyboard.PressAsync("Shift+Tab");
            heard = await page.EvaluateAsync<string?>("""
                () => {
                  const focused = document.activeElement;
                  const id = focused && focused.getAttribute('aria-activedescendant');
                  const item = id && document.getElementById(id);
                  if (!item) { return null; }
                  const ids = (item.getAttribute('aria-labelledby') || '').split(/\s+/).filter(Boolean);
                  return ids.map(x => (document.getElementById(x) || {}).textContent || '').join(' ') || item.textContent;
                }
                """);
        }

        Assert.NotNull(heard);
        Assert.Contains($"{Anna}: Guten Tag, hier ist Anna.", heard, StringComparison.Ordinal);
        await Chromium.ScreenshotAsync(page, "live-chat-person-desktop");

        // The visitor's typing is posted to the conversation (the live chat passes it on to the person).
        await sendBox.FocusAsync();
        var typing = page.WaitForRequestAsync(r => r.Method == "POST" && r.Url.EndsWith("/activities", StringComparison.Ordinal)
            && (r.PostData ?? "").Contains("\"type\":\"typing\"", StringComparison.Ordinal));
        await sendBox.PressSequentiallyAsync("Hallo Anna", new() { Delay = 40 });
        var response = await (await typing).ResponseAsync();
        Assert.Equal(200, response!.Status);

        await Axe.AssertNoViolationsAsync(page, "the widget with a person's message");
        errors.AssertNone();
    }

    /// <summary>Signed as bot/Handoff signs a person's activities for the website.</summary>
    private static Activity AsAnna(Activity activity)
    {
        activity.From = new ChannelAccount("leadbot", Anna, RoleTypes.Bot);
        activity.ChannelData = new JObject { ["leadbot"] = new JObject { ["person"] = Anna } };
        if (activity.Type == ActivityTypes.Message)
        {
            activity.TextFormat = TextFormatTypes.Plain;
        }

        return activity;
    }
}
