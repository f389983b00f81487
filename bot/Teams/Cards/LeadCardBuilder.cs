using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeadBot.Bot.Teams.Resources;
using LeadBot.Dialogs.Domain;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace LeadBot.Bot.Teams.Cards;

/// <summary>
/// Builds the sales card of a lead (Adaptive Card 1.5) from the embedded template Cards/LeadCard.json by JSON DOM
/// substitution: <c>{{path}}</c> tokens inside string values are replaced by values (so any text a prospect typed
/// stays a JSON string value and is never parsed as card JSON), and elements marked <c>"$repeat": "list", "$as": "item"</c>
/// are cloned per list item. Text a prospect typed goes into <c>TextRun</c>s, which render no markdown. The buttons
/// offered depend on the lead's stage.
/// </summary>
public sealed partial class LeadCardBuilder(IOptions<TeamsOptions> options, IServer? server = null)
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
    public const string TemplateResource = "LeadBot.Bot.Teams.Cards.LeadCard.json";

    private static readonly Lazy<JsonObject> Template = new(LoadTemplate);

    /// <summary>The card for <paramref name="lead"/> as it stands now (stage, owner, who did what and when).</summary>
    public JsonObject Build(Lead lead, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(lead);
        culture ??= TeamsMessages.CultureFor(options.Value.CardLanguage);
        var url = LeadUrl(lead.Id);
        var model = new Dictionary<string, object?>
        {
            ["label"] = Labels(culture),
            ["lead"] = new Dictionary<string, object?>
            {
                ["id"] = lead.Id.ToString("D"),
                ["name"] = lead.Name,
                ["company"] = lead.Company,
                ["url"] = url ?? "",
            },
            ["status"] = Status(lead, culture),
            ["sections"] = Sections(lead, culture),
        };

        var card = (JsonObject)Expand(Template.Value, model)!;
        var allowed = AllowedActions(lead.Stage, url is not null);
        if (card["actions"] is JsonArray actions)
        {
            foreach (var action in actions.ToList())
            {
                if (action?["id"]?.GetValue<string>() is not { } id || !allowed.Contains(id))
                {
                    actions.Remove(action);
                }
            }

            if (actions.Count == 0)
            {
                card.Remove("actions");
            }
        }

        return card;
    }

    /// <summary>The card as a Bot Framework attachment (Newtonsoft content, as the connector serializes it).</summary>
    public static Attachment ToAttachment(JsonObject card) => new()
    {
        ContentType = ContentType,
        Content = JObject.Parse(card.ToJsonString()),
    };

    /// <summary><c>{Bot:PublicBaseUrl}/api/leads/{id}</c>; without that setting the address the host listens on (when it is
    /// a concrete address, not a wildcard); null when neither is known.</summary>
    public string? LeadUrl(Guid id)
    {
        var baseUrl = options.Value.PublicBaseUrl;
        if (string.IsNullOrWhiteSpace(baseUrl))
        {
            baseUrl = server?.Features.Get<IServerAddressesFeature>()?.Addresses
                .FirstOrDefault(a => Uri.TryCreate(a, UriKind.Absolute, out var u) && u.Host is not ("0.0.0.0" or "[::]" or "::" or "+" or "*") && u.Port != 0);
        }

        return string.IsNullOrWhiteSpace(baseUrl) ? null : $"{baseUrl.TrimEnd('/')}/api/leads/{id:D}";
    }

    internal static HashSet<string> AllowedActions(LeadStage stage, bool hasUrl)
    {
        var ids = stage switch
        {
            LeadStage.Mql => new HashSet<string> { "claim", "offerSent", "disqualify" },
            LeadStage.Sql => ["offerSent", "disqualify"],
            LeadStage.Opportunity => ["disqualify"],
            _ => [],
        };
        if (hasUrl)
        {
            ids.Add("openLead");
        }

        return ids;
    }

    private static Dictionary<string, object?> Labels(CultureInfo c)
    {
        string T(string key) => TeamsMessages.Get(key, c);
        return new Dictionary<string, object?>
        {
            ["title"] = T("Card.Title"),
            ["claim"] = T("Card.Claim"),
            ["offerSent"] = T("Card.OfferSent"),
            ["disqualify"] = T("Card.Disqualify"),
            ["disqualifyConfirm"] = T("Card.DisqualifyConfirm"),
            ["reason"] = T("Card.Reason"),
            ["reasonPlaceholder"] = T("Card.ReasonPlaceholder"),
            ["reasonRequired"] = T("Card.ReasonRequired"),
            ["openInApi"] = T("Card.OpenInApi"),
        };
    }

    internal static string When(DateTimeOffset at, CultureInfo c) =>
        at.UtcDateTime.ToString(c.TwoLetterISOLanguageName == "de" ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    internal static string StageName(LeadStage stage, CultureInfo c) => TeamsMessages.Get("Stage." + stage, c);

    private static Dictionary<string, object?> Status(Lead lead, CultureInfo c)
    {
        var last = lead.History.Where(h => h.To == lead.Stage && h.From != h.To).OrderBy(h => h.At).LastOrDefault();
        var by = last?.ChangedBy ?? StageActor.Bot;
        var when = last is null ? "" : When(last.At, c);
        var (text, style) = lead.Stage switch
        {
            LeadStage.Mql => (TeamsMessages.Get("Status.Open", c), "emphasis"),
            LeadStage.Sql => (TeamsMessages.Format("Status.Claimed", c, by, when), "good"),
            LeadStage.Opportunity => (TeamsMessages.Format("Status.Opportunity", c, by, when, lead.Owner ?? "–"), "accent"),
            LeadStage.Disqualified => (TeamsMessages.Format("Status.Disqualified", c, by, when, last?.Reason ?? ""), "attention"),
            _ => (TeamsMessages.Format("Status.Other", c, StageName(lead.Stage, c)), "default"),
        };
        return new Dictionary<string, object?> { ["text"] = text, ["style"] = style };
    }

    private static List<Dictionary<string, object?>> Sections(Lead lead, CultureInfo c)
    {
        string T(string key) => TeamsMessages.Get(key, c);
        var none = T("Card.NotGiven");
        static Dictionary<string, object?> Row(string label, string? value, string none) =>
            new() { ["label"] = label, ["value"] = string.IsNullOrWhiteSpace(value) ? none : value };
        static Dictionary<string, object?> Section(string title, List<Dictionary<string, object?>> rows) =>
            new() { ["title"] = title, ["rows"] = rows };

        var contact = new List<Dictionary<string, object?>>
        {
            Row(T("Card.Company"), lead.Company, none),
            Row(T("Card.Email"), lead.Email, none),
            Row(T("Card.Phone"), lead.Phone, none),
        };

        var answers = new List<Dictionary<string, object?>>
        {
            Row(T("Card.Need"), lead.NeedText ?? lead.NeedKey, none),
            Row(T("Card.Role"), lead.AuthorityText ?? lead.AuthorityKey, none),
            Row(T("Card.Budget"), Budget(lead, c), none),
            Row(T("Card.Timeline"), Timeline(lead, c), none),
        };

        var score = lead.ScoreBreakdown
            .Select(i => Row(
                TeamsMessages.Format("Card.ScoreRow", c, CriterionName(i.Criterion, c), i.Points, i.MaxPoints),
                (i.Met ? "✓ " : "✗ ") + i.Reason,
                none))
            .ToList();

        var consent = new List<Dictionary<string, object?>>
        {
            Row(T("Card.ConsentGiven"), lead.Consent.GivenAt == default ? null : When(lead.Consent.GivenAt, c), none),
            Row(T("Card.ConsentVersion"), lead.Consent.TextVersion, none),
            Row(T("Card.ConsentWhere"), $"{lead.Consent.ChannelId} / {lead.Consent.Locale}", none),
        };

        var source = new List<Dictionary<string, object?>> { Row(T("Card.SourceChannel"), lead.Source.ChannelId, none) };
        if (!string.IsNullOrWhiteSpace(lead.Source.PageUrl))
        {
            source.Add(Row(T("Card.SourcePage"), lead.Source.PageUrl, none));
        }

        if (!string.IsNullOrWhiteSpace(lead.Source.Campaign))
        {
            source.Add(Row(T("Card.SourceCampaign"), lead.Source.Campaign, none));
        }

        source.Add(Row(T("Card.LeadId"), lead.Id.ToString("D"), none));

        var history = new List<Dictionary<string, object?>>
        {
            Row(T("Card.Stage"), StageName(lead.Stage, c), none),
        };
        if (!string.IsNullOrWhiteSpace(lead.Owner))
        {
            history.Add(Row(T("Card.Owner"), lead.Owner, none));
        }

        foreach (var change in lead.History.Where(h => h.From != h.To).OrderBy(h => h.At).ThenBy(h => h.Id))
        {
            var from = change.From is { } f ? StageName(f, c) : "·";
            var text = TeamsMessages.Format("Card.HistoryRow", c, from, StageName(change.To, c), change.ChangedBy);
            if (!string.IsNullOrWhiteSpace(change.Reason))
            {
                text += " · " + change.Reason;
            }

            history.Add(Row(When(change.At, c), text, none));
        }

        return
        [
            Section(T("Card.Contact"), contact),
            Section(T("Card.Answers"), answers),
            Section(TeamsMessages.Format("Card.Score", c, lead.Score), score),
            Section(T("Card.Consent"), consent),
            Section(T("Card.Source"), source),
            Section(T("Card.History"), history),
        ];
    }

    private static string CriterionName(string criterion, CultureInfo c) =>
        criterion is "need" or "authority" or "budget" or "timeline" ? TeamsMessages.Get("Criterion." + criterion, c) : criterion;

    internal static string? Budget(Lead lead, CultureInfo c)
    {
        string? value = null;
        var currency = lead.BudgetCurrency ?? "";
        if (lead.BudgetUnknown)
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
            : lead.TimelineUnknown ? TeamsMessages.Get("Card.TimelineUnknown", c) : null;
        if (!string.IsNullOrWhiteSpace(lead.TimelineText) && value is not null)
        {
            return $"{value} (\u201E{lead.TimelineText}\u201C)";
        }

        return value ?? lead.TimelineText;
    }

    // ---- the template engine: DOM substitution, never string concatenation of JSON ----

    [GeneratedRegex(@"\{\{([A-Za-z0-9_.]+)\}\}")]
    private static partial Regex Token();

    private static JsonNode? Expand(JsonNode? node, IReadOnlyDictionary<string, object?> scope)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                var result = new JsonObject();
                foreach (var (name, value) in obj)
                {
                    if (name is "$repeat" or "$as")
                    {
                        continue;
                    }

                    result[name] = Expand(value, scope);
                }

                return result;
            }

            case JsonArray array:
            {
                var result = new JsonArray();
                foreach (var element in array)
                {
                    if (element is JsonObject item && item["$repeat"]?.GetValue<string>() is { } path)
                    {
                        var alias = item["$as"]?.GetValue<string>() ?? "item";
                        if (Resolve(scope, path) is IEnumerable<Dictionary<string, object?>> list)
                        {
                            foreach (var entry in list)
                            {
                                var inner = new Dictionary<string, object?>(scope) { [alias] = entry };
                                result.Add(Expand(item, inner));
                            }
                        }

                        continue;
                    }

                    result.Add(Expand(element, scope));
                }

                return result;
            }

            case JsonValue value when value.TryGetValue<string>(out var text):
                // One pass: a replaced value is never scanned again, so "{{…}}" typed by a prospect stays literal text.
                return JsonValue.Create(Token().Replace(text, m =>
                    Resolve(scope, m.Groups[1].Value) as string
                    ?? throw new InvalidOperationException($"The card template uses {{{{{m.Groups[1].Value}}}}}, which has no value.")));

            default:
                return node?.DeepClone();
        }
    }

    private static object? Resolve(IReadOnlyDictionary<string, object?> scope, string path)
    {
        object? current = scope;
        foreach (var part in path.Split('.'))
        {
            if (current is IReadOnlyDictionary<string, object?> dictionary && dictionary.TryGetValue(part, out var next))
            {
                current = next;
            }
            else
            {
                return null;
            }
        }

        return current;
    }

    private static JsonObject LoadTemplate()
    {
        using var stream = typeof(LeadCardBuilder).Assembly.GetManifestResourceStream(TemplateResource)
                           ?? throw new InvalidOperationException($"The embedded card template {TemplateResource} is missing.");
        return JsonNode.Parse(stream)!.AsObject();
    }
}
