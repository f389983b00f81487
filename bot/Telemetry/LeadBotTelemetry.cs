using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace LeadBot.Bot.Telemetry;

/// <summary>
/// The one place where LeadBot's own traces and metrics are defined: one <see cref="ActivitySource"/> and one
/// <see cref="Meter"/>, both named <see cref="Name"/>, their instruments and tag names, and the one-line hooks other
/// parts call. Without a configured exporter nobody listens, and every hook costs a flag check.
/// Nothing recorded here may carry message text or personal data: ids are hashed, tags are fixed vocabularies
/// (channel, activity type, question step, stage, outcome).
/// </summary>
public static class LeadBotTelemetry
{
    public const string Name = "LeadBot";

    public static readonly ActivitySource Source = new(Name);

    public static readonly Meter Meter = new(Name);

    // Tag names (also used by the workbook's queries).
    public const string ChannelTag = "leadbot.channel";
    public const string ActivityTypeTag = "leadbot.activity_type";
    public const string ConversationTag = "leadbot.conversation_hash";
    public const string OutcomeTag = "leadbot.outcome";
    public const string QuestionTag = "leadbot.question";
    public const string StageTag = "leadbot.stage";
    public const string ModeTag = "leadbot.directline_mode";
    public const string PolicyTag = "leadbot.rate_limit_policy";
    public const string WebhookStateTag = "leadbot.webhook_state";

    /// <summary>Turns the bot ran (rate = turns per second).</summary>
    internal static readonly Counter<long> Turns = Meter.CreateCounter<long>("leadbot.turns", "{turn}", "Turns the bot ran");

    /// <summary>Time from the activity reaching the bot to its replies being handed to the channel.</summary>
    internal static readonly Histogram<double> TurnDuration = Meter.CreateHistogram<double>("leadbot.turn.duration", "s", "Duration of a turn, replies included");

    /// <summary>Questions asked, per question step (first asks and re-asks).</summary>
    internal static readonly Counter<long> QuestionsAsked = Meter.CreateCounter<long>("leadbot.questions.asked", "{question}", "Questions asked, per step");

    /// <summary>Questions asked again because the answer was not understood, per question step.</summary>
    internal static readonly Counter<long> QuestionsReasked = Meter.CreateCounter<long>("leadbot.questions.reasked", "{question}", "Questions asked again, per step");

    /// <summary>Open Web Chat connections (WebSocket streams) of the bot's own Direct Line.</summary>
    internal static readonly UpDownCounter<long> DirectLineConnections =
        Meter.CreateUpDownCounter<long>("leadbot.directline.connections", "{connection}", "Open Direct Line WebSocket connections");

    /// <summary>Chat tokens the website's token endpoint answered, per Direct Line mode (local, azure) and outcome
    /// (new, resumed, origin-refused, failed).</summary>
    internal static readonly Counter<long> DirectLineTokens =
        Meter.CreateCounter<long>("leadbot.directline.tokens", "{token}", "Chat tokens requested from the website, per mode and outcome");

    /// <summary>Website requests refused by a per-client rate limit, per policy (tokens, Direct Line requests).</summary>
    internal static readonly Counter<long> RateLimited =
        Meter.CreateCounter<long>("leadbot.website.rate_limited", "{request}", "Website requests refused by a rate limit, per policy");

    // Names of the gauges the backlog sampler reports (BacklogSampler).
    public const string LeadsMetric = "leadbot.leads";
    public const string OutboxBacklogMetric = "leadbot.teams.outbox.backlog";
    public const string OutboxOldestAgeMetric = "leadbot.teams.outbox.oldest_age";
    public const string WebhookBacklogMetric = "leadbot.webhooks.backlog";
    public const string WebhookOldestDueAgeMetric = "leadbot.webhooks.oldest_due_age";

    // Values of WebhookStateTag: "due" waits for its (next) attempt, "dead" ran out of attempts and waits for a person.
    public const string WebhookDue = "due";
    public const string WebhookDead = "dead";

    /// <summary>A span for one stage of a turn ("dialog", "storage", "reply"): <c>using var _ = LeadBotTelemetry.StartStage("dialog");</c>
    /// Null (no cost) when no exporter listens.</summary>
    public static Activity? StartStage(string stage) => Source.StartActivity("leadbot." + stage, ActivityKind.Internal);

    /// <summary>Hook: a Direct Line WebSocket stream opened.</summary>
    public static void DirectLineConnectionOpened() => DirectLineConnections.Add(1);

    /// <summary>Hook: a Direct Line WebSocket stream closed.</summary>
    public static void DirectLineConnectionClosed() => DirectLineConnections.Add(-1);

    /// <summary>Hook: the token endpoint answered; <paramref name="mode"/> "local" or "azure", <paramref name="outcome"/>
    /// "new", "resumed", "origin-refused" or "failed" (fixed words: no origin, id or address is recorded).</summary>
    public static void DirectLineTokenAnswered(string mode, string outcome) =>
        DirectLineTokens.Add(1, new KeyValuePair<string, object?>(ModeTag, mode), new KeyValuePair<string, object?>(OutcomeTag, outcome));

    /// <summary>Hook: a per-client rate limit refused a request (<paramref name="policy"/>: the policy's name, never the client).</summary>
    public static void RequestRateLimited(string policy) => RateLimited.Add(1, new KeyValuePair<string, object?>(PolicyTag, policy));
}
