using LeadBot.Dialogs.Runtime.Prompts;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Tests.Runtime.Prompts;

/// <summary>A prompt is sent as a copy: the copy says exactly what the stored prompt says, and whatever sending does to
/// the copy (addresses, ids, lists, channel data) never shows up in the prompt kept in the dialog state.</summary>
public sealed class ActivityCopyTests
{
    private static Activity StoredPrompt() => new()
    {
        Type = ActivityTypes.Message,
        Text = "Wann möchten Sie starten?",
        Locale = "de-DE",
        InputHint = InputHints.ExpectingInput,
        SuggestedActions = new SuggestedActions(actions: [new CardAction(ActionTypes.ImBack, "Sofort", value: "Sofort")]),
        Attachments = [new Attachment("application/vnd.microsoft.card.adaptive", content: JObject.Parse("{\"type\":\"AdaptiveCard\"}"))],
        Entities = [new Entity("mention")],
        ChannelData = JObject.Parse("{\"leadbot\":{\"step\":\"timeline\"}}"),
        Value = JObject.Parse("{\"a\":1}"),
        Properties = JObject.Parse("{\"extra\":\"kept\"}"),
    };

    [Fact]
    public void The_copy_serializes_exactly_like_the_stored_prompt()
    {
        var prompt = StoredPrompt();

        var copy = ActivityCopy.Of(prompt);

        Assert.NotSame(prompt, copy);
        Assert.Equal(JsonConvert.SerializeObject(prompt), JsonConvert.SerializeObject(copy));
    }

    [Fact]
    public void Sending_the_copy_changes_nothing_in_the_stored_prompt()
    {
        var prompt = StoredPrompt();
        var before = JsonConvert.SerializeObject(prompt);

        var copy = ActivityCopy.Of(prompt);
        // What an adapter and middleware do to an outgoing activity.
        copy.Id = "reply-1";
        copy.ReplyToId = "incoming-1";
        copy.From = new ChannelAccount("bot");
        copy.Recipient = new ChannelAccount("user");
        copy.Conversation = new ConversationAccount(id: "c-1");
        copy.Text += " (1/10)";
        copy.SuggestedActions.Actions.Add(new CardAction(ActionTypes.ImBack, "Später", value: "Später"));
        copy.Attachments.Add(new Attachment("text/plain"));
        copy.Entities.Clear();
        ((JObject)copy.ChannelData)["leadbot"]!["step"] = "changed";
        ((JObject)copy.Value)["a"] = 2;
        copy.Properties["extra"] = "changed";

        Assert.Equal(before, JsonConvert.SerializeObject(prompt));
    }
}
