using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Teams.Resources;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Handoff;

/// <summary>What the request card shows of the prospect: only what they consented to (name, company, and the answers
/// given so far), already worded in the card language.</summary>
public sealed record ProspectSummary(string? Name, string? Company, IReadOnlyList<SummaryRow> Rows)
{
    public static readonly ProspectSummary Empty = new(null, null, []);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ProspectSummary FromJson(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<ProspectSummary>(json) ?? Empty;
}

public sealed record SummaryRow(string Label, string Value);

/// <summary>
/// The cards of a live chat (template Cards/LiveChatCard.json, Adaptive Card 1.5): the request card in the sales channel
/// ("wants to talk now", what is known, Accept; later who took it, or that nobody did in time and a callback was
/// offered) and the card that opens the person's personal chat (with whom, how their messages are signed, End chat).
/// Both are posted and replaced through <see cref="TeamsNotifier"/>. A card about an erased prospect shows nothing of them.
/// </summary>
public sealed class LiveChatCards(TeamsNotifier notifier, IOptions<TeamsOptions> teams, ILogger<LiveChatCards> logger)
{
    public const string TemplateResource = "LeadBot.Bot.Handoff.Cards.LiveChatCard.json";

    /// <summary>How many lines of the chat so far the person sees when they take it.</summary>
    private const int SoFarLines = 10;

    private static readonly Lazy<CardTemplate> Template = new(() => CardTemplate.Load(TemplateResource));

    public CultureInfo Culture => TeamsMessages.CultureFor(teams.Value.CardLanguage);

    /// <summary>The request card in the chat's current state; <paramref name="erased"/>: the prospect deleted their data.</summary>
    public JsonObject RequestCard(LiveChat chat, bool erased = false)
    {
        var c = Culture;
        var summary = erased ? ProspectSummary.Empty : ProspectSummary.FromJson(chat.SummaryJson);
        var (text, style, color) = erased
            ? (LiveChatText.Get("Request.Erased", c), "default", "Default")
            : chat.Status switch
            {
                LiveChatStatus.Requested => (LiveChatText.Format("Request.Waiting", c, LeadCardBuilder.When(chat.RequestedAt, c, teams.Value.CardTimeZone)), "warning", "Warning"),
                LiveChatStatus.Active => (LiveChatText.Format("Request.Accepted", c, chat.AgentName ?? "?"), "good", "Good"),
                LiveChatStatus.TimedOut => (LiveChatText.Get("Request.TimedOut", c), "attention", "Attention"),
                _ when chat.EndedBy is "withdrawn" => (LiveChatText.Get("Request.Withdrawn", c), "default", "Default"),
                _ => (LiveChatText.Format("Request.Ended", c, chat.AgentName ?? "–"), "default", "Default"),
            };
        return Build(chat, summary, LiveChatText.Get("Request.Title", c), text, style, color,
            accept: !erased && chat.Status == LiveChatStatus.Requested, end: false, soFar: [], c);
    }

    /// <summary>The card that starts (and, once over, closes) the live chat in the person's personal chat.</summary>
    public JsonObject AgentCard(LiveChat chat, IReadOnlyList<LiveChatMessage> soFar, CultureInfo prospectCulture)
    {
        var c = Culture;
        var summary = ProspectSummary.FromJson(chat.SummaryJson);
        var running = chat.Status == LiveChatStatus.Active;
        var text = running
            ? LiveChatText.Format("Chat.Running", c, summary.Name ?? LiveChatText.Get("Prospect.Name", c), LiveChatText.AgentDisplayName(chat.AgentName ?? "?", prospectCulture))
            : LiveChatText.Get("Chat.Over", c);
        return Build(chat, summary, LiveChatText.Get("Chat.Title", c), text, running ? "good" : "default", running ? "Good" : "Default",
            accept: false, end: running, soFar: running ? soFar.TakeLast(SoFarLines).ToList() : [], c);
    }

    public static Activity AsActivity(JsonObject card, string summary)
    {
        var activity = (Activity)MessageFactory.Attachment(LeadCardBuilder.ToAttachment(card));
        activity.Summary = summary;
        return activity;
    }

    /// <summary>Posts the request card to the sales channel; null when there is no sales channel to post to (Teams not
    /// set up, the bot not installed) or Teams refused.</summary>
    public async Task<(PostedCard Card, TeamsTarget Target)?> PostRequestAsync(LiveChat chat, CancellationToken cancellationToken)
    {
        var target = await notifier.ResolveTargetAsync(cancellationToken);
        if (target is null)
        {
            return null;
        }

        try
        {
            var posted = await notifier.PostAsync(AsActivity(RequestCard(chat), LiveChatText.Get("Request.Title", Culture)), target, cancellationToken);
            return (posted, target);
        }
        catch (Exception exception) when (exception is Microsoft.Bot.Schema.ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or InvalidOperationException)
        {
            logger.LogWarning("Could not post the live chat request {LiveChatId} to the sales channel ({ExceptionType}).", chat.Id, exception.GetType().Name);
            return null;
        }
    }

    /// <summary>Shows the request card's current state (when it was posted); failures are logged, not thrown: the chat
    /// itself goes on.</summary>
    public async Task UpdateRequestAsync(LiveChat chat, bool erased = false, CancellationToken cancellationToken = default)
    {
        if (chat.RequestServiceUrl is null || chat.RequestConversationId is null || chat.RequestActivityId is null)
        {
            return;
        }

        try
        {
            var target = await notifier.ResolveTargetAsync(cancellationToken);
            await notifier.UpdateAsync(chat.RequestServiceUrl, chat.RequestConversationId, chat.RequestActivityId, target?.BotId ?? chat.BotTeamsId,
                AsActivity(RequestCard(chat, erased), LiveChatText.Get("Request.Title", Culture)), cancellationToken);
        }
        catch (Exception exception) when (exception is Microsoft.Bot.Schema.ErrorResponseException or HttpRequestException or Microsoft.Rest.HttpOperationException or OperationCanceledException)
        {
            logger.LogWarning("Could not update the request card of live chat {LiveChatId} ({ExceptionType}).", chat.Id, exception.GetType().Name);
        }
    }

    private static JsonObject Build(LiveChat chat, ProspectSummary summary, string title, string status, string style, string color,
        bool accept, bool end, IReadOnlyList<LiveChatMessage> soFar, CultureInfo c)
    {
        var rows = summary.Rows.Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?> { ["label"] = r.Label, ["value"] = r.Value }).ToList();
        var transcript = soFar.Select(m => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["label"] = LeadCardBuilder.ChatLabel(new ChatLine(m.At, m.Sender, m.SenderName, m.Text), c),
            ["value"] = m.Text,
        }).ToList();
        return Template.Value.Expand(new Dictionary<string, object?>
        {
            ["label"] = new Dictionary<string, object?>
            {
                ["title"] = title,
                ["accept"] = LiveChatText.Get("Request.Accept", c),
                ["end"] = LiveChatText.Get("Chat.End", c),
                ["soFar"] = LiveChatText.Get("Chat.SoFar", c),
            },
            ["chat"] = new Dictionary<string, object?> { ["id"] = chat.Id.ToString("D") },
            ["prospect"] = new Dictionary<string, object?>
            {
                ["name"] = string.IsNullOrWhiteSpace(summary.Name) ? LiveChatText.Get("Request.Unknown", c) : summary.Name,
                ["company"] = summary.Company ?? "",
            },
            ["status"] = new Dictionary<string, object?> { ["text"] = status, ["style"] = style, ["color"] = color },
            ["show"] = new Dictionary<string, object?>
            {
                ["company"] = !string.IsNullOrWhiteSpace(summary.Company),
                ["accept"] = accept,
                ["end"] = end,
                ["rows"] = rows.Count > 0,
                ["transcript"] = transcript.Count > 0,
            },
            ["rows"] = rows,
            ["transcript"] = transcript,
        });
    }
}
