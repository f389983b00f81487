using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace LeadBot.Bot.Tests.Support;

/// <summary>A test bot: echoes every message ("echo: …"), or throws when the text is "boom".</summary>
public sealed class EchoBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text == "boom")
        {
            throw new InvalidOperationException($"Exploded while handling '{turnContext.Activity.Text}' from {turnContext.Activity.From?.Name}");
        }

        await turnContext.SendActivityAsync(MessageFactory.Text("echo: " + turnContext.Activity.Text), cancellationToken);
    }
}
