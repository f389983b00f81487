using LeadBot.Bot.Tests.Conversation;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Website;

/// <summary>Drives the chat widget on a page the way a visitor does, whether the widget still shows its own first
/// messages or Web Chat has taken over.</summary>
public sealed class Widget(IPage page)
{
    public static readonly string[] Steps = ["name", "email", "company", "phone", "need", "authority", "budget", "timeline", "confirm"];

    public IPage Page { get; } = page;

    public ILocator Root => Page.Locator(".lbw");

    public ILocator Launcher => Page.Locator(".lbw-launcher");

    public ILocator Panel => Page.Locator(".lbw-panel");

    /// <summary>The send box the visitor sees: the widget's own, or Web Chat's once it has taken over.</summary>
    public ILocator Input => Page.Locator(".lbw-input:visible, .lbw-webchat [data-id='webchat-sendbox-input']:visible");

    /// <summary>Waits until Web Chat has taken over the conversation from the widget's first messages.</summary>
    public Task WebChatReadyAsync() => Page.Locator(".lbw[data-webchat='ready']").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });

    /// <summary>Waits until <paramref name="text"/> is visible in the chat (Web Chat also keeps hidden copies for screen
    /// readers, which do not count).</summary>
    public Task SaidAsync(string text) => Root.GetByText(text).Filter(new() { Visible = true }).First.WaitForAsync();

    /// <summary>Clicks a suggested action (e.g. "Ja").</summary>
    public Task ChooseAsync(string label) =>
        Root.Locator(".lbw-actions:visible, .lbw-webchat [role='toolbar']:visible").GetByRole(AriaRole.Button, new() { Name = label, Exact = true }).Last.ClickAsync();

    public async Task SayAsync(string text)
    {
        var input = Input.First;
        await input.FillAsync(text);
        await input.PressAsync("Enter");
    }

    /// <summary>Waits for the question <paramref name="step"/> (the send box is marked with it) and answers it.</summary>
    public async Task AnswerAsync(string step, string text)
    {
        await Page.Locator($".lbw-input[data-leadbot-step='{step}']:visible, .lbw-webchat [data-id='webchat-sendbox-input'][data-leadbot-step='{step}']:visible").First.WaitForAsync();
        await SayAsync(text);
    }

    /// <summary>Consent, then every question with <see cref="QualificationConversationTests.GermanAnswers"/>, until the
    /// bot says the lead reached sales.</summary>
    public async Task QualifyInGermanAsync()
    {
        await SaidAsync("Sind Sie einverstanden?");
        await ChooseAsync("Ja");
        foreach (var step in Steps)
        {
            await AnswerAsync(step, QualificationConversationTests.GermanAnswers[step]);
        }

        await SaidAsync("Eine Kollegin oder ein Kollege aus unserem Vertrieb");
    }
}
