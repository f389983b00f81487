using System.Diagnostics;
using LeadBot.Bot.Hosting;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Telemetry;

/// <summary>
/// Wraps the bot (the whole turn pipeline) in a "leadbot.turn" span and records the turn metrics: turns, turn duration,
/// and, from the replies' <c>channelData.leadbot</c> markers, each question asked and re-asked. Only ids (the
/// conversation id hashed as in the logs), channel, activity type and question steps are recorded, never text.
/// </summary>
internal sealed class TurnTelemetryBot(IBot inner) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        var channel = Vocabulary(activity?.ChannelId);
        var type = Vocabulary(activity?.Type);
        using var span = LeadBotTelemetry.Source.StartActivity("leadbot.turn", ActivityKind.Internal);
        if (span is not null)
        {
            span.SetTag(LeadBotTelemetry.ChannelTag, channel);
            span.SetTag(LeadBotTelemetry.ActivityTypeTag, type);
            span.SetTag(LeadBotTelemetry.ConversationTag, AdapterWithErrorHandler.HashConversationId(activity?.Conversation?.Id));
        }

        if (LeadBotTelemetry.QuestionsAsked.Enabled || LeadBotTelemetry.QuestionsReasked.Enabled)
        {
            turnContext.OnSendActivities(async (context, replies, next) =>
            {
                CountQuestions(replies, channel);
                return await next().ConfigureAwait(false);
            });
        }

        var started = Stopwatch.GetTimestamp();
        var outcome = "ok";
        try
        {
            await inner.OnTurnAsync(turnContext, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            outcome = "error";
            // The type only: an exception's message may quote what the prospect wrote.
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().FullName);
            throw;
        }
        finally
        {
            span?.SetTag(LeadBotTelemetry.OutcomeTag, outcome);
            var tags = new TagList
            {
                { LeadBotTelemetry.ChannelTag, channel },
                { LeadBotTelemetry.ActivityTypeTag, type },
                { LeadBotTelemetry.OutcomeTag, outcome },
            };
            LeadBotTelemetry.Turns.Add(1, tags);
            LeadBotTelemetry.TurnDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    private static void CountQuestions(List<Microsoft.Bot.Schema.Activity> replies, string channel)
    {
        foreach (var reply in replies)
        {
            if (reply.ChannelData is not { } data || Marker(data) is not { } marker || marker["step"]?.Type != JTokenType.String)
            {
                continue;
            }

            var step = Vocabulary((string?)marker["step"]);
            var tags = new TagList { { LeadBotTelemetry.QuestionTag, step }, { LeadBotTelemetry.ChannelTag, channel } };
            LeadBotTelemetry.QuestionsAsked.Add(1, tags);
            if (marker["reask"]?.Type == JTokenType.Boolean && (bool)marker["reask"]!)
            {
                LeadBotTelemetry.QuestionsReasked.Add(1, tags);
            }
        }
    }

    private static JObject? Marker(object data) => (data as JObject ?? JObject.FromObject(data))["leadbot"] as JObject;

    /// <summary>Tags come from fixed vocabularies (channel ids, activity types, step names): anything else, e.g. a value a
    /// client made up, is cut to a short, safe form so it can neither carry text nor blow up the number of series.</summary>
    internal static string Vocabulary(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "-";
        }

        var safe = value.Length <= 32 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/');
        return safe ? value : "other";
    }
}
