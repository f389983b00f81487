using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Qualification;

/// <summary>Builds the bot's messages. Every question carries channelData.leadbot.step so that clients, tests and funnel
/// analytics can tell which question is open without parsing text.</summary>
public static class QuestionActivity
{
    public static Activity Ask(string step, string text, IEnumerable<string>? suggestions = null)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.InputHint = InputHints.ExpectingInput;
        activity.ChannelData = StepMarker(step);
        if (suggestions is not null)
        {
            var actions = suggestions.Select(s => new CardAction(ActionTypes.ImBack, s, value: s)).ToList();
            if (actions.Count > 0)
            {
                activity.SuggestedActions = new SuggestedActions { Actions = actions };
            }
        }

        return activity;
    }

    public static JObject StepMarker(string step) => new() { ["leadbot"] = new JObject { ["step"] = step } };

    /// <summary>The step a bot message asks for, or null when it asks nothing.</summary>
    public static string? StepOf(IActivity activity) =>
        (activity as Activity)?.ChannelData is { } data ? JToken.FromObject(data).SelectToken("leadbot.step")?.Value<string>() : null;

    public static Activity Say(string text)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.InputHint = InputHints.AcceptingInput;
        return activity;
    }
}
