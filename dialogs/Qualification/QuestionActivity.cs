using LeadBot.Dialogs.Runtime.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace LeadBot.Dialogs.Qualification;

/// <summary>Builds the bot's messages. Every question carries channelData.leadbot.step so that clients, tests and funnel
/// analytics can tell which question is open without parsing text; a confirmation line or the offer to skip a question
/// carries the question's step and, in channelData.leadbot.phase, "check" or "giveup". A prompt sent again because the
/// answer could not be taken (not understood, too long, not confirmed) carries channelData.leadbot.reask = true, so
/// asked and re-asked can be counted per question.</summary>
public static class QuestionActivity
{
    public const string CheckPhase = "check";
    public const string GiveUpPhase = "giveup";

    /// <summary>A question with optional suggestions (buttons that send their text; typing works as well).</summary>
    public static Activity Ask(string step, string text, IEnumerable<string>? suggestions = null, string? phase = null, bool reask = false)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.InputHint = InputHints.ExpectingInput;
        activity.ChannelData = StepMarker(step, phase, reask);
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

    /// <summary>A question answered by one of <paramref name="choices"/>: buttons where the channel shows that many,
    /// otherwise a hero card or a numbered list in the text (so "2" or "die zweite" picks the second).</summary>
    public static Activity AskChoices(string step, ITurnContext turnContext, string text, IReadOnlyList<string> choices, string language,
        string? phase = null, bool reask = false)
    {
        var activity = turnContext.Activity;
        if (Channel.SupportsSuggestedActions(activity.ChannelId, choices.Count, activity.Conversation?.ConversationType))
        {
            return Ask(step, text, choices, phase, reask);
        }

        var options = language == Domain.SupportedLanguages.German
            ? new ChoiceFactoryOptions(", ", " oder ", ", oder ", true)
            : new ChoiceFactoryOptions(", ", " or ", ", or ", true);
        var rendered = (Activity)ChoiceFactory.ForChannel(activity.ChannelId, choices.Select(c => new Choice(c)).ToList(), text, null, options,
            activity.Conversation?.ConversationType);
        rendered.InputHint = InputHints.ExpectingInput;
        rendered.ChannelData = StepMarker(step, phase, reask);
        return rendered;
    }

    public static JObject StepMarker(string step, string? phase = null, bool reask = false)
    {
        var marker = new JObject { ["step"] = step };
        if (phase is not null)
        {
            marker["phase"] = phase;
        }

        if (reask)
        {
            marker["reask"] = true;
        }

        return new JObject { ["leadbot"] = marker };
    }

    /// <summary>The step a bot message asks for, or null when it asks nothing.</summary>
    public static string? StepOf(IActivity activity) =>
        (activity as Activity)?.ChannelData is { } data ? JToken.FromObject(data).SelectToken("leadbot.step")?.Value<string>() : null;

    /// <summary>Whether a bot message asks a question again because the previous answer could not be taken.</summary>
    public static bool IsReask(IActivity activity) =>
        (activity as Activity)?.ChannelData is { } data && JToken.FromObject(data).SelectToken("leadbot.reask")?.Value<bool>() == true;

    /// <summary>"check" for a confirmation line, "giveup" for the offer to skip, null for the question itself.</summary>
    public static string? PhaseOf(IActivity activity) =>
        (activity as Activity)?.ChannelData is { } data ? JToken.FromObject(data).SelectToken("leadbot.phase")?.Value<string>() : null;

    public static Activity Say(string text)
    {
        var activity = (Activity)Activity.CreateMessageActivity();
        activity.Text = text;
        activity.InputHint = InputHints.AcceptingInput;
        return activity;
    }
}
