using System.Globalization;
using MailAddress = System.Net.Mail.MailAddress;
using System.Text.Json.Nodes;
using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Teams.Cards;

/// <summary>One line of a live chat as a card or the lead page shows it.</summary>
public sealed record ChatLine(DateTimeOffset At, ChatSender Sender, string? SenderName, string Text);

public enum ChatSender
{
    Prospect,
    Sales,
    Bot,
}

/// <summary>
/// What a lead card shows besides the lead itself: whether the prospect is on the website now, a live chat (asked for, or
/// running and with whom), its transcript, and for whom the card is rendered (a Universal Actions refresh names the
/// viewer; a card posted or replaced for everyone has none).
/// </summary>
public sealed record LeadCardView
{
    public static readonly LeadCardView None = new();

    public bool ProspectOnline { get; init; }

    /// <summary>The prospect asked for a person and nobody has accepted yet.</summary>
    public bool ChatRequested { get; init; }

    /// <summary>Display name of the person chatting with the prospect now; null when nobody is.</summary>
    public string? ChatWith { get; init; }

    /// <summary>Directory (AAD object) id of the person chatting with the prospect now.</summary>
    public string? ChatWithId { get; init; }

    /// <summary>Directory id of the person the card is rendered for; null: for everyone.</summary>
    public string? ViewerId { get; init; }

    /// <summary>The live chats with the prospect, oldest line first.</summary>
    public IReadOnlyList<ChatLine> Transcript { get; init; } = [];
}

/// <summary>
/// Builds the sales card of a lead (Adaptive Card 1.5, template Cards/LeadCard.json, see <see cref="CardTemplate"/>):
/// a header with name, company, score, stage and owner; right under it the buttons the lead's stage and the viewer
/// allow (claim; offer sent and disqualify once claimed; "chat now" while the prospect is on the website; end chat for
/// the person chatting); e-mail and phone as mailto:/tel: buttons; the lead page (inside Teams) or the CRM; and the
/// details (answers with the prospect's own words, score reasons, consent, source, history, live chat) collapsed.
/// Everything in the card language; no internal data (channel ids, consent text version, lead id) is shown. Text a
/// prospect typed goes into <c>TextRun</c>s, which render no markdown. A <c>refresh</c> action lets Teams ask for the
/// current card whenever someone looks at it.
/// </summary>
public sealed class LeadCardBuilder(IOptions<TeamsOptions> options)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string TemplateResource = "LeadBot.Bot.Teams.Cards.LeadCard.json";

    /// <summary>How many lines of live chat the card shows (the lead page shows all).</summary>
    public const int TranscriptLines = 12;

    private static readonly Lazy<CardTemplate> Template = new(() => CardTemplate.Load(TemplateResource));

    public CultureInfo Culture => TeamsMessages.CultureFor(options.Value.CardLanguage);

    /// <summary>The card for <paramref name="lead"/> as it stands now (stage, owner, who did what and when).</summary>
    public JsonObject Build(Lead lead, LeadCardView? view = null, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        culture ??= Culture;
        view ??= LeadCardView.None;
        var crm = CrmUrl(lead);
        var mailto = MailTo(lead.Email);
        var tel = Tel(lead.Phone);
        var allowed = AllowedActions(lead, view);
        var model = new Dictionary<string, object?>
        {
            ["label"] = Labels(culture, lead.Stage),
            ["lead"] = new Dictionary<string, object?>
            {
                ["id"] = lead.Id.ToString("D"),
                ["name"] = string.IsNullOrWhiteSpace(lead.Name) ? TeamsMessages.Get("Card.NoName", culture) : lead.Name,
                ["company"] = lead.Company,
                ["score"] = lead.Score.ToString(culture),
                ["mailto"] = mailto ?? "",
                ["tel"] = tel ?? "",
                ["crmUrl"] = crm ?? "",
            },
            ["status"] = Status(lead, culture, Zone),
            ["presence"] = Presence(view, culture),
            ["show"] = new Dictionary<string, object?>
            {
                ["company"] = !string.IsNullOrWhiteSpace(lead.Company),
                ["presence"] = view.ChatWith is not null || view.ChatRequested || view.ProspectOnline,
                ["claim"] = allowed.Contains("claim"),
                ["offerSent"] = allowed.Contains("offerSent"),
                ["disqualify"] = allowed.Contains("disqualify"),
                ["chatNow"] = allowed.Contains("chatNow"),
                ["endChat"] = allowed.Contains("endChat"),
                ["email"] = mailto is not null,
                ["phone"] = tel is not null,
                ["crm"] = crm is not null,
                ["leadPage"] = crm is null,
            },
            ["sections"] = Sections(lead, view, culture, Zone),
        };

        return Template.Value.Expand(model);
    }

    /// <summary>The card as a Bot Framework attachment (Newtonsoft content, as the connector serializes it).</summary>
    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };

    /// <summary>The buttons the lead's stage, the live chat and the viewer allow: claim on an open lead; once claimed offer
    /// sent and disqualify (with a reason); after the offer disqualify. "Chat now": while the prospect is on the
    /// website and nobody chats with them, for an unclaimed lead (pressing it claims the lead) or its owner (a card for
    /// everyone shows it; pressing it as somebody else is refused). "End chat": only for the person chatting.</summary>
    internal static HashSet<string> AllowedActions(Lead lead, LeadCardView view)
    {
        var ids = lead.Stage switch
        {
            LeadStage.Mql => new HashSet<string> { "claim" },
            LeadStage.Sql => ["offerSent", "disqualify"],
            LeadStage.Opportunity => ["disqualify"],
            _ => [],
        };
        var open = lead.Stage is LeadStage.Mql or LeadStage.Sql or LeadStage.Opportunity;
        if (open && view.ProspectOnline && view.ChatWith is null
            && (lead.Stage == LeadStage.Mql || view.ViewerId is null || string.Equals(view.ViewerId, lead.OwnerId, StringComparison.OrdinalIgnoreCase)))
        {
            ids.Add("chatNow");
        }

        if (view.ChatWith is not null && view.ViewerId is not null && string.Equals(view.ViewerId, view.ChatWithId, StringComparison.OrdinalIgnoreCase))
        {
            ids.Add("endChat");
        }

        return ids;
    }

    /// <summary>The CRM link of the lead (Teams:CrmLeadUrl with its placeholders filled), or null when none is configured
    /// or the placeholder it needs has no value.</summary>
    public string? CrmUrl(Lead lead)
    {
        var template = options.Value.CrmLeadUrl;
        if (string.IsNullOrWhiteSpace(template) || (template.Contains("{email}", StringComparison.Ordinal) && string.IsNullOrWhiteSpace(lead.Email)))
        {
            return null;
        }

        return template
            .Replace("{email}", Uri.EscapeDataString(lead.Email?.Trim() ?? ""), StringComparison.Ordinal)
            .Replace("{leadId}", lead.Id.ToString("D"), StringComparison.Ordinal);
    }

    /// <summary><c>mailto:</c> for an address that is one plain address (nothing a mail client would read as headers).</summary>
    internal static string? MailTo(string? email)
    {
        var trimmed = email?.Trim();
        return trimmed is { Length: > 0 and <= 320 }
               && MailAddress.TryCreate(trimmed, out var address)
               && address.Address == trimmed
               && trimmed.All(c => c > ' ' && c < 127 && c is not ('?' or '&' or '#' or '%' or '<' or '>' or '"' or ','))
            ? "mailto:" + trimmed
            : null;
    }

    /// <summary><c>tel:</c> for an international number (stored as E.164; spaces and dashes are dropped).</summary>
    internal static string? Tel(string? phone)
    {
        var digits = new string((phone ?? "").Where(ch => ch is not (' ' or '-' or '(' or ')' or '/' or '.')).ToArray());
        return digits is { Length: >= 4 and <= 16 } && digits[0] == '+' && digits.Skip(1).All(char.IsAsciiDigit) ? "tel:" + digits : null;
    }

    private static Dictionary<string, object?> Labels(CultureInfo c, LeadStage stage)
    {
        string T(string key) => TeamsMessages.Get(key, c);
        return new Dictionary<string, object?>
        {
            // The card is replaced on every stage change, so its heading follows the stage (an MQL is "new").
            ["title"] = stage switch
            {
                LeadStage.Sql => T("Card.Title.Sql"),
                LeadStage.Opportunity => T("Card.Title.Opportunity"),
                LeadStage.Disqualified => T("Card.Title.Disqualified"),
                _ => T("Card.Title"),
            },
            ["points"] = T("Card.Points"),
            ["refresh"] = T("Card.Refresh"),
            ["claim"] = T("Card.Claim"),
            ["offerSent"] = T("Card.OfferSent"),
            ["chatNow"] = T("Card.ChatNow"),
            ["endChat"] = T("Card.EndChat"),
            ["disqualify"] = T("Card.Disqualify"),
            ["disqualifyConfirm"] = T("Card.DisqualifyConfirm"),
            ["reason"] = T("Card.Reason"),
            ["reasonPlaceholder"] = T("Card.ReasonPlaceholder"),
            ["reasonRequired"] = T("Card.ReasonRequired"),
            ["details"] = T("Card.Details"),
            ["email"] = T("Card.EmailAction"),
            ["call"] = T("Card.Call"),
            ["openLead"] = T("Card.OpenLead"),
            ["openCrm"] = T("Card.OpenCrm"),
        };
    }

    /// <summary>A time as sales reads it: in <paramref name="zone"/> (Teams:TimeZone), marked "UTC" only when that is UTC.</summary>
    internal static string When(DateTimeOffset at, CultureInfo c, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(at, zone).ToString(c.TwoLetterISOLanguageName == "de" ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
        + (zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime ? " UTC" : "");

    /// <summary>The time zone the cards show times in (Teams:TimeZone).</summary>
    public TimeZoneInfo Zone => options.Value.CardTimeZone;

    internal static string StageName(LeadStage stage, CultureInfo c) => TeamsMessages.Get("Stage." + stage, c);

    private static Dictionary<string, object?> Status(Lead lead, CultureInfo c, TimeZoneInfo zone)
    {
        var last = lead.History.Where(h => h.To == lead.Stage && h.From != h.To).OrderBy(h => h.At).LastOrDefault();
        var by = last is null || last.ChangedBy == StageActor.Bot ? TeamsMessages.Get("Card.ByBot", c) : last.ChangedBy;
        var when = last is null ? "" : When(last.At, c, zone);
        var (text, style) = lead.Stage switch
        {
            LeadStage.Mql => (TeamsMessages.Get("Status.Open", c), "emphasis"),
            LeadStage.Sql => (TeamsMessages.Format("Status.Claimed", c, by, when), "good"),
            LeadStage.Opportunity => (TeamsMessages.Format("Status.Opportunity", c, by, when, lead.Owner ?? "–"), "accent"),
            LeadStage.Disqualified => (TeamsMessages.Format("Status.Disqualified", c, by, when, last is null ? "" : ReasonText(last, c) ?? ""), "attention"),
            _ => (TeamsMessages.Format("Status.Other", c, StageName(lead.Stage, c)), "default"),
        };
        return new Dictionary<string, object?> { ["stage"] = StageName(lead.Stage, c), ["text"] = text, ["style"] = style };
    }

    private static Dictionary<string, object?> Presence(LeadCardView view, CultureInfo c)
    {
        var (text, color) = view switch
        {
            { ChatWith: { } person } => (TeamsMessages.Format("Presence.Chatting", c, person), "Good"),
            { ChatRequested: true } => (TeamsMessages.Get("Presence.Requested", c), "Warning"),
            { ProspectOnline: true } => (TeamsMessages.Get("Presence.Online", c), "Good"),
            _ => ("", "Default"),
        };
        return new Dictionary<string, object?> { ["text"] = text, ["color"] = color };
    }

    private static List<Dictionary<string, object?>> Sections(Lead lead, LeadCardView view, CultureInfo c, TimeZoneInfo zone)
    {
        string T(string key) => TeamsMessages.Get(key, c);
        var none = T("Card.NotGiven");
        static Dictionary<string, object?> Row(string label, string? value, string none) =>
            new() { ["label"] = label, ["value"] = string.IsNullOrWhiteSpace(value) ? none : value };
        static Dictionary<string, object?> Section(string title, List<Dictionary<string, object?>> rows) =>
            new() { ["title"] = title, ["rows"] = rows };

        var sections = new List<Dictionary<string, object?>>
        {
            Section(T("Card.Contact"),
            [
                Row(T("Card.Company"), lead.Company, none),
                Row(T("Card.Email"), lead.Email, none),
                Row(T("Card.Phone"), lead.PhoneDisplay ?? lead.Phone, none),
            ]),
            Section(T("Card.Answers"),
            [
                Row(T("Card.Need"), Need(lead), none),
                Row(T("Card.Role"), lead.AuthorityText ?? lead.AuthorityKey, none),
                Row(T("Card.Budget"), Budget(lead, c), none),
                Row(T("Card.Timeline"), Timeline(lead, c), none),
            ]),
            Section(TeamsMessages.Format("Card.Score", c, lead.Score), lead.ScoreBreakdown
                .Select(i => Row(
                    TeamsMessages.Format("Card.ScoreRow", c, CriterionName(i.Criterion, c), i.Points, i.MaxPoints),
                    (i.Met ? "✓ " : "✗ ") + i.Reason,
                    none))
                .ToList()),
            Section(T("Card.Consent"),
            [
                Row(T("Card.ConsentGiven"), lead.Consent.GivenAt == default
                    ? null
                    : TeamsMessages.Format("Card.ConsentWhere", c, When(lead.Consent.GivenAt, c, zone), ChannelName(lead.Consent.ChannelId, c), LanguageName(lead.Consent.Locale, c)), none),
            ]),
        };

        var source = new List<Dictionary<string, object?>>();
        if (!string.IsNullOrWhiteSpace(lead.Source.PageUrl))
        {
            source.Add(Row(T("Card.SourcePage"), lead.Source.PageUrl, none));
        }

        if (!string.IsNullOrWhiteSpace(lead.Source.Campaign))
        {
            source.Add(Row(T("Card.SourceCampaign"), lead.Source.Campaign, none));
        }

        if (!string.IsNullOrWhiteSpace(lead.Source.Referrer))
        {
            source.Add(Row(T("Card.SourceReferrer"), lead.Source.Referrer, none));
        }

        if (source.Count == 0)
        {
            source.Add(Row(T("Card.SourceChannel"), ChannelName(lead.Source.ChannelId, c), none));
        }

        sections.Add(Section(T("Card.Source"), source));
        sections.Add(Section(T("Card.History"), HistoryRows(lead, c, zone).Select(h => Row(h.When, h.Text, none)).ToList()));

        var chat = view.Transcript.TakeLast(TranscriptLines).ToList();
        if (chat.Count > 0)
        {
            var title = view.Transcript.Count > chat.Count
                ? TeamsMessages.Format("Card.LiveChatLast", c, chat.Count, view.Transcript.Count)
                : T("Card.LiveChat");
            sections.Add(Section(title, chat.Select(l => Row(ChatLabel(l, c), l.Text, none)).ToList()));
        }

        return sections;
    }

    /// <summary>The stage history in the card language: from → to · who, and a reason a person gave (the bot's own
    /// reasons for a claim, an offer or an update say nothing the transition does not).</summary>
    internal static IEnumerable<(string When, string Text)> HistoryRows(Lead lead, CultureInfo c, TimeZoneInfo zone)
    {
        foreach (var change in lead.History.Where(h => h.From != h.To || h.Reason == EfLeadRepository.UpdatedReason).OrderBy(h => h.At).ThenBy(h => h.Id))
        {
            var from = change.From is { } f ? StageName(f, c) : "·";
            var by = change.ChangedBy == StageActor.Bot ? TeamsMessages.Get("Card.ByBot", c) : change.ChangedBy;
            var text = change.From == change.To
                ? TeamsMessages.Format("Card.HistoryUpdated", c, StageName(change.To, c), by)
                : TeamsMessages.Format("Card.HistoryRow", c, from, StageName(change.To, c), by);
            var reason = ReasonText(change, c);
            if (!string.IsNullOrWhiteSpace(reason))
            {
                text += " · " + reason;
            }

            yield return (When(change.At, c, zone), text);
        }
    }

    /// <summary>The reason of a stage change as the card shows it: what a person typed, the withdrawal in the card
    /// language; null for the fixed reasons of a claim, an offer or an update and for the bot's score summary (the score
    /// section says it).</summary>
    internal static string? ReasonText(StageChange change, CultureInfo c) => change.Reason switch
    {
        EfLeadRepository.ClaimedReason or EfLeadRepository.OfferSentReason or EfLeadRepository.UpdatedReason => null,
        EfPersonalDataStore.WithdrawnReason => TeamsMessages.Get("Card.Reason.Withdrawn", c),
        _ when change.ChangedBy == StageActor.Bot => null,
        var given => given,
    };

    internal static string ChatLabel(ChatLine line, CultureInfo c) =>
        line.At.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture) + " " + line.Sender switch
        {
            ChatSender.Prospect => TeamsMessages.Get("Card.ChatProspect", c),
            ChatSender.Sales => line.SenderName ?? TeamsMessages.Get("Card.ChatSales", c),
            _ => TeamsMessages.Get("Card.ByBot", c),
        };

    /// <summary>A channel as sales knows it ("Website", not "directline").</summary>
    internal static string ChannelName(string? channelId, CultureInfo c) => channelId switch
    {
        "directline" or "webchat" => TeamsMessages.Get("Channel.Website", c),
        "emulator" => "Bot Framework Emulator",
        "msteams" => "Microsoft Teams",
        null or "" => TeamsMessages.Get("Card.NotGiven", c),
        var other => other,
    };

    internal static string LanguageName(string? locale, CultureInfo c) =>
        locale?.StartsWith("de", StringComparison.OrdinalIgnoreCase) == true ? TeamsMessages.Get("Language.de", c)
        : locale?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? TeamsMessages.Get("Language.en", c)
        : locale ?? "";

    internal static string CriterionName(string criterion, CultureInfo c) =>
        criterion is "need" or "authority" or "budget" or "timeline" ? TeamsMessages.Get("Criterion." + criterion, c) : criterion;

    /// <summary>The need as chosen, and the prospect's own words when they say more than the choice.</summary>
    internal static string? Need(Lead lead)
    {
        var chosen = lead.NeedText ?? lead.NeedKey;
        var verbatim = lead.NeedVerbatim?.Trim();
        return string.IsNullOrEmpty(verbatim) || string.Equals(verbatim, chosen, StringComparison.OrdinalIgnoreCase)
            ? chosen
            : chosen is null ? verbatim : $"{chosen} (\u201E{verbatim}\u201C)";
    }

    internal static string? Budget(Lead lead, CultureInfo c)
    {
        string? value = null;
        var currency = lead.BudgetCurrency ?? "";
        if (lead.BudgetNone)
        {
            value = TeamsMessages.Get("Card.BudgetNone", c);
        }
        else if (lead.BudgetUndecided)
        {
            value = TeamsMessages.Get("Card.BudgetUndecided", c);
        }
        else if (lead.BudgetUnknown)
        {
            value = TeamsMessages.Get("Card.BudgetUnknown", c);
        }
        else if (lead.BudgetMinimum is { } min && lead.BudgetMaximum is { } max && min != max)
        {
            value = $"{min.ToString("N0", c)}–{max.ToString("N0", c)} {currency}".TrimEnd();
        }
        else if (lead.BudgetAmount is { } amount)
        {
            value = $"{amount.ToString("N0", c)} {currency}".TrimEnd();
        }

        if (value is not null && lead.BudgetPeriod is { } period and not PaymentPeriod.Once && (lead.BudgetAmount is not null || lead.BudgetMinimum is not null))
        {
            value += " " + TeamsMessages.Get("Card.Per." + period, c);
        }

        if (!string.IsNullOrWhiteSpace(lead.BudgetText) && value is not null)
        {
            return $"{value} (\u201E{lead.BudgetText}\u201C)";
        }

        return value ?? lead.BudgetText;
    }

    internal static string? Timeline(Lead lead, CultureInfo c)
    {
        string? value = lead.TimelineStart is { } start
            ? start.ToString(c.TwoLetterISOLanguageName == "de" ? "dd.MM.yyyy" : "yyyy-MM-dd", CultureInfo.InvariantCulture)
            : lead.TimelineUnknown && !lead.TimelineVague ? TeamsMessages.Get("Card.TimelineUnknown", c) : null;
        if (!string.IsNullOrWhiteSpace(lead.TimelineText) && value is not null)
        {
            return $"{value} (\u201E{lead.TimelineText}\u201C)";
        }

        return value ?? lead.TimelineText;
    }
}
