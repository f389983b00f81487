using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>
/// The lead card for a real lead (with hostile text in every prospect field) is valid Adaptive Card 1.5: it uses only
/// element and action types of 1.5, and the official JavaScript renderer (npm adaptivecards 3.0.6, in headless Chromium)
/// parses and renders it without a single warning at desktop and phone width, showing the prospect's text literally,
/// with the buttons the stage allows right under the header, titles that fit, and the details collapsed. Screenshots:
/// TestResults/teams/lead-card-*.png.
/// </summary>
public sealed class LeadCardRendererTests
{
    /// <summary>Everything Adaptive Cards 1.5 defines (elements, inputs, actions), and nothing later.</summary>
    private static readonly HashSet<string> ElementTypes1_5 =
    [
        "AdaptiveCard", "TextBlock", "Image", "Media", "MediaSource", "RichTextBlock", "TextRun", "Container", "ColumnSet", "Column",
        "FactSet", "ImageSet", "ActionSet", "Table", "TableRow", "TableCell",
        "Input.Text", "Input.Number", "Input.Date", "Input.Time", "Input.Toggle", "Input.ChoiceSet",
    ];

    private static readonly HashSet<string> ActionTypes1_5 =
        ["Action.OpenUrl", "Action.Submit", "Action.ShowCard", "Action.ToggleVisibility", "Action.Execute"];

    private const string Hostile = "Robert\"}]}, {\"type\": \"Action.OpenUrl\" <script>alert(1)</script> **bold** [x](https://evil.example) {{lead.id}}";

    internal static Lead HostileLead() => new()
    {
        Name = "O'Brien " + Hostile,
        Email = "o.brien@example.com",
        Company = "Ä & Ö <GmbH> \\ \"Quotes\"",
        Phone = "+49 30 1234567",
        Locale = "de-DE",
        NeedKey = "lead-management",
        NeedText = "Leads gewinnen und qualifizieren",
        AuthorityKey = "decides",
        AuthorityText = "Ich entscheide",
        BudgetAmount = 50_000m,
        BudgetCurrency = "EUR",
        BudgetText = "ca. 50.000 € " + Hostile,
        TimelineStart = new DateOnly(2027, 3, 1),
        TimelineText = "in drei Monaten",
        Score = 90,
        ScoreBreakdown =
        [
            new ScoreItem { Criterion = "need", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Bedarf passt: Leads gewinnen" },
            new ScoreItem { Criterion = "authority", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Entscheidet selbst" },
            new ScoreItem { Criterion = "budget", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Budget 50.000 EUR ≥ 10.000 EUR" },
            new ScoreItem { Criterion = "timeline", Points = 0, MaxPoints = 10, Met = false, Required = false, Reason = "Start später" },
        ],
        Stage = LeadStage.Mql,
        History = [new StageChange { From = null, To = LeadStage.Mql, At = DateTimeOffset.UtcNow, ChangedBy = StageActor.Bot, Reason = "MQL" }],
        Consent = new ConsentRecord { TextVersion = "2026-11-28", GivenAt = DateTimeOffset.UtcNow, ChannelId = "webchat", Locale = "de-DE" },
        Source = new LeadSource { ChannelId = "webchat", PageUrl = "https://example.com/preise", Campaign = Hostile },
        CreatedAt = DateTimeOffset.UtcNow,
    };

    private static LeadCardBuilder Builder(string language = "de", string crm = "", string timeZone = "UTC") =>
        new(Options.Create(new TeamsOptions { PublicBaseUrl = "https://leadbot.example.com", CardLanguage = language, CrmLeadUrl = crm, TimeZone = timeZone }));

    [Fact]
    public void Times_on_the_card_are_in_the_sales_teams_time_zone()
    {
        var lead = HostileLead();
        lead.Stage = LeadStage.Sql;
        lead.Owner = "Anna Schmidt";
        lead.OwnerId = "a1";
        // 23:30 UTC on the last day of January is 00:30 on February 1st in Berlin (winter time, UTC+1).
        lead.History.Add(new StageChange { From = LeadStage.Mql, To = LeadStage.Sql, At = new DateTimeOffset(2027, 1, 31, 23, 30, 0, TimeSpan.Zero), ChangedBy = "Anna Schmidt", ChangedById = "a1", Reason = LeadBot.Bot.Storage.EfLeadRepository.ClaimedReason });

        var berlin = TeamsTestKit.AllText(Builder(timeZone: "Europe/Berlin").Build(lead, new LeadCardView()));
        Assert.Contains("Übernommen von Anna Schmidt am 01.02.2027 00:30", berlin);
        // The heading follows the stage once the card is replaced.
        Assert.Contains("Übernommener Lead (SQL)", berlin);
        Assert.DoesNotContain("Neuer qualifizierter Lead (MQL)", berlin);
        Assert.DoesNotContain("31.01.2027 23:30", berlin);
        Assert.DoesNotContain("UTC", berlin);

        var utc = TeamsTestKit.AllText(Builder().Build(lead, new LeadCardView()));
        Assert.Contains("31.01.2027 23:30 UTC", utc);
    }

    [Fact]
    public void The_card_uses_only_Adaptive_Cards_1_5_and_keeps_prospect_text_as_plain_string_values()
    {
        var lead = HostileLead();
        var card = Builder().Build(lead, new LeadCardView { ProspectOnline = true });

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        CheckAllowList(card, "$");

        // Hostile text stays inside string values: the structure is the template's, the text comes back literally.
        var texts = TeamsTestKit.Strings(card);
        Assert.Contains(lead.Name, texts);
        Assert.Contains(texts, t => t.Contains(lead.Company, StringComparison.Ordinal));
        var actions = TeamsTestKit.CardActions(card);
        Assert.DoesNotContain(actions, a => a["url"]?.GetValue<string>() == "https://evil.example");
        // E-mail and phone are buttons; the lead opens in a Teams dialog (task/fetch), not as a link to the sales API.
        Assert.Equal("mailto:o.brien@example.com", actions.Single(a => a["id"]?.GetValue<string>() == "email")["url"]!.GetValue<string>());
        Assert.Equal("tel:+49301234567", actions.Single(a => a["id"]?.GetValue<string>() == "call")["url"]!.GetValue<string>());
        var open = actions.Single(a => a["id"]?.GetValue<string>() == "openLead");
        Assert.Equal("task/fetch", open["data"]!["msteams"]!["type"]!.GetValue<string>());
        Assert.DoesNotContain(texts, t => t.Contains("/api/leads", StringComparison.Ordinal));
        // Prospect text goes into TextRuns (no markdown), never into TextBlocks.
        Assert.DoesNotContain(AllOfType(card, "TextBlock"), b => b["text"]!.GetValue<string>().Contains("Robert", StringComparison.Ordinal));
        // Every viewer's Teams asks for the current card (Universal Actions refresh).
        Assert.Equal("leadbot.refresh", card["refresh"]!["action"]!["verb"]!.GetValue<string>());
        Assert.Equal("Action.Execute", card["refresh"]!["action"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void With_a_CRM_configured_the_card_opens_the_lead_there_with_the_address_encoded()
    {
        var lead = HostileLead();
        var card = Builder(crm: "https://crm.example.com/contacts?email={email}").Build(lead);

        var actions = TeamsTestKit.CardActions(card);
        Assert.DoesNotContain(actions, a => a["id"]?.GetValue<string>() == "openLead");
        Assert.Equal("https://crm.example.com/contacts?email=o.brien%40example.com", actions.Single(a => a["id"]?.GetValue<string>() == "openCrm")["url"]!.GetValue<string>());
    }

    [Fact]
    public void A_german_card_says_everything_in_german_and_shows_no_internal_data()
    {
        var lead = HostileLead();
        lead.Name = "Erika Musterfrau";
        lead.Company = "Beispiel AG";
        lead.BudgetText = "ca. 50.000 €";
        lead.Source.Campaign = "herbst";
        lead.Stage = LeadStage.Sql;
        lead.Owner = "Anna Schmidt";
        lead.OwnerId = "a1";
        lead.History.Add(new StageChange { From = LeadStage.Mql, To = LeadStage.Sql, At = DateTimeOffset.UtcNow, ChangedBy = "Anna Schmidt", ChangedById = "a1", Reason = LeadBot.Bot.Storage.EfLeadRepository.ClaimedReason });
        var transcript = new List<ChatLine>
        {
            new(DateTimeOffset.UtcNow, ChatSender.Prospect, null, "Hallo, ist jemand da?"),
            new(DateTimeOffset.UtcNow, ChatSender.Sales, "Anna", "Ja, hier ist Anna."),
        };
        var card = Builder().Build(lead, new LeadCardView { ProspectOnline = true, Transcript = transcript });
        var text = TeamsTestKit.AllText(card);

        foreach (var english in new[] { "Claimed in Teams", "Claim", "Offer sent", "Disqualify", "Chat now", "Open lead", "Contact", "Answers", "History", "Consent", "points", "Call", "Source", "Prospect", "Live chat", "not known yet", "not given", "Given", "Need", "Role", "Timeline", "Refresh", "E-mail", "Phone" })
        {
            Assert.False(System.Text.RegularExpressions.Regex.IsMatch(text, $@"(^|[^\p{{L}}]){System.Text.RegularExpressions.Regex.Escape(english)}($|[^\p{{L}}])"),
                $"English '{english}' in the German card:\n{text}");
        }

        Assert.Contains("Übernommen von Anna Schmidt", text);
        Assert.Contains("Interessent", text);
        Assert.Contains("Hallo, ist jemand da?", text);
        // Internal data is out of sight: the channel id, the consent text version, the lead id (only in button data).
        Assert.DoesNotContain("webchat", text);
        Assert.DoesNotContain("directline", text);
        Assert.DoesNotContain("2026-11-28", text);
        var visible = TeamsTestKit.Strings(StripActionData(card.DeepClone()));
        Assert.DoesNotContain(visible, t => t.Contains(lead.Id.ToString("D"), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Buttons_follow_the_stage_the_prospect_and_who_looks_at_the_card()
    {
        var builder = Builder();
        var lead = HostileLead();
        List<string> Ids(Lead l, LeadCardView v) => TeamsTestKit.CardActions(builder.Build(l, v))
            .Select(a => a["id"]?.GetValue<string>()).Where(id => id is "claim" or "offerSent" or "disqualify" or "chatNow" or "endChat").Select(id => id!).Order().ToList();

        // MQL: claim; "chat now" only while the prospect is on the website; offer and disqualify only once claimed.
        Assert.Equal(["claim"], Ids(lead, LeadCardView.None));
        Assert.Equal(["chatNow", "claim"], Ids(lead, new LeadCardView { ProspectOnline = true }));

        // SQL: offer sent and disqualify; "chat now" for the owner (and on the card for everyone), not for a colleague.
        lead.Stage = LeadStage.Sql;
        lead.OwnerId = "owner";
        Assert.Equal(["disqualify", "offerSent"], Ids(lead, LeadCardView.None));
        Assert.Equal(["chatNow", "disqualify", "offerSent"], Ids(lead, new LeadCardView { ProspectOnline = true }));
        Assert.Equal(["chatNow", "disqualify", "offerSent"], Ids(lead, new LeadCardView { ProspectOnline = true, ViewerId = "owner" }));
        Assert.Equal(["disqualify", "offerSent"], Ids(lead, new LeadCardView { ProspectOnline = true, ViewerId = "colleague" }));

        // A live chat: nobody can start another; only the person chatting sees "end chat".
        var chatting = new LeadCardView { ProspectOnline = true, ChatWith = "Anna", ChatWithId = "owner" };
        Assert.Equal(["disqualify", "offerSent"], Ids(lead, chatting));
        Assert.Equal(["disqualify", "endChat", "offerSent"], Ids(lead, chatting with { ViewerId = "owner" }));

        // Closed leads: no stage buttons at all.
        lead.Stage = LeadStage.Disqualified;
        Assert.Empty(Ids(lead, new LeadCardView { ProspectOnline = true }));
        lead.Stage = LeadStage.Opportunity;
        Assert.Equal(["disqualify"], Ids(lead, LeadCardView.None));
    }

    /// <summary>A lead as sales typically gets it, for the screenshots.</summary>
    internal static Lead TypicalLead()
    {
        var lead = HostileLead();
        lead.Name = "Erika Musterfrau";
        lead.Email = "erika.musterfrau@beispiel-ag.de";
        lead.Company = "Beispiel AG";
        lead.BudgetText = "ca. 50.000 €";
        lead.NeedVerbatim = "Wir verlieren Anfragen aus dem Webformular, weil niemand sie rechtzeitig bewertet.";
        lead.Source = new LeadSource { ChannelId = "directline", PageUrl = "https://www.beispiel.de/preise", Campaign = "herbst" };
        return lead;
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_card_renders_without_warnings_at_desktop_and_phone_width_with_its_buttons_right_under_the_header()
    {
        await using var renderer = await CardRenderer.StartAsync();
        foreach (var (language, claim, offer, details) in new[] { ("de", "Übernehmen", "Angebot gesendet", "Details"), ("en", "Claim", "Offer sent", "Details") })
        {
            var builder = Builder(language);
            foreach (var (lead, kind) in new[] { (TypicalLead(), "typical"), (HostileLead(), "hostile") })
            {
                var mql = builder.Build(lead, new LeadCardView { ProspectOnline = true });
                var sqlLead = kind == "typical" ? TypicalLead() : HostileLead();
                sqlLead.Stage = LeadStage.Sql;
                sqlLead.Owner = "Anna Schmidt";
                sqlLead.OwnerId = "owner";
                sqlLead.History.Add(new StageChange { From = LeadStage.Mql, To = LeadStage.Sql, At = DateTimeOffset.UtcNow, ChangedBy = "Anna Schmidt", Reason = LeadBot.Bot.Storage.EfLeadRepository.ClaimedReason });
                var sql = builder.Build(sqlLead, new LeadCardView
                {
                    ProspectOnline = true,
                    ChatWith = "Anna Schmidt",
                    ChatWithId = "owner",
                    ViewerId = "owner",
                    Transcript = [new(DateTimeOffset.UtcNow, ChatSender.Prospect, null, "Hallo, ist jemand da?"), new(DateTimeOffset.UtcNow, ChatSender.Sales, "Anna", "Ja, hier ist Anna. Wie kann ich helfen?")],
                });

                foreach (var (width, device) in new[] { (760, "desktop"), (360, "phone") })
                {
                    var name = $"lead-card-{language}-{device}" + (kind == "typical" ? "" : "-hostile");
                    var rendered = await renderer.RenderAsync(mql, width, name);
                    Assert.Empty(rendered.Warnings);
                    Assert.Equal("1.5", rendered.Version);
                    Assert.Contains(lead.Name, rendered.Text);      // literally, markdown and markup not interpreted
                    Assert.Equal(0, rendered.Scripts);
                    Assert.DoesNotContain(rendered.MarkdownInputs, m => m.Contains("Robert", StringComparison.Ordinal));
                    Assert.DoesNotContain("https://evil.example", rendered.Links);

                    // The actions come right after the header, not below the details; no button title is cut.
                    var titles = rendered.Buttons.Select(b => b.Title).ToList();
                    Assert.Contains(claim, titles);
                    Assert.DoesNotContain(offer, titles);
                    var first = rendered.Buttons.Single(b => b.Title == claim);
                    Assert.True(first.Top - rendered.HeaderBottom < 40, $"{name}: the first button is {first.Top - rendered.HeaderBottom:0} px below the header");
                    Assert.All(rendered.Buttons, b => Assert.False(b.Truncated, $"{name}: '{b.Title}' is cut at {b.Width:0} px"));
                    // The details are collapsed: the reasons are not shown until "Details" is pressed.
                    Assert.DoesNotContain("Budget 50.000 EUR ≥ 10.000 EUR", rendered.Text);
                    if (kind == "typical")
                    {
                        Assert.True(rendered.Height < (width == 360 ? 420 : 330), $"{name}: the collapsed card is {rendered.Height:0} px tall");
                    }

                    var open = await renderer.RenderAsync(mql, width, name + "-details", clickTitle: details);
                    Assert.Empty(open.Warnings);
                    Assert.Contains("Budget 50.000 EUR ≥ 10.000 EUR", open.Text);
                    Assert.Contains("50.000 EUR", open.Text);
                    Assert.True(open.Height > rendered.Height + 200);

                    var claimed = await renderer.RenderAsync(sql, width, name + "-live-chat");
                    Assert.Empty(claimed.Warnings);
                    var claimedTitles = claimed.Buttons.Select(b => b.Title).ToList();
                    Assert.Contains(offer, claimedTitles);
                    Assert.DoesNotContain(claim, claimedTitles);
                    Assert.Contains(language == "de" ? "Chat beenden" : "End chat", claimedTitles);
                    Assert.Contains(language == "de" ? "Live-Chat mit Anna Schmidt" : "Live chat with Anna Schmidt", claimed.Text);
                    Assert.All(claimed.Buttons, b => Assert.False(b.Truncated, $"{name}: '{b.Title}' is cut at {b.Width:0} px"));
                }
            }
        }
    }

    /// <summary>The card without the buttons' data (what Teams sends back, never shows).</summary>
    private static JsonNode StripActionData(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("data");
                foreach (var (_, value) in obj.ToList())
                {
                    if (value is not null)
                    {
                        StripActionData(value);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    if (item is not null)
                    {
                        StripActionData(item);
                    }
                }

                break;
        }

        return node;
    }

    /// <summary>Every "type" in the card is a 1.5 element or action, every nested card has no version above 1.5, and no
    /// template marker ("$repeat", "$as") or other "$" property except "$schema" is left.</summary>
    private static void CheckAllowList(JsonNode? node, string path)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is { } type)
                {
                    Assert.True(ElementTypes1_5.Contains(type) || ActionTypes1_5.Contains(type), $"{path}: '{type}' is not in Adaptive Cards 1.5");
                }

                if (obj["version"]?.GetValue<string>() is { } version)
                {
                    Assert.True(Version.Parse(version) <= new Version(1, 5), $"{path}: version {version} is above 1.5");
                }

                foreach (var (name, value) in obj)
                {
                    Assert.True(!name.StartsWith('$') || name == "$schema", $"{path}.{name}: template marker left in the card");
                    if (name is not ("data"))
                    {
                        CheckAllowList(value, $"{path}.{name}");
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckAllowList(array[i], $"{path}[{i}]");
                }

                break;
        }
    }

    private static IEnumerable<JsonObject> AllOfType(JsonNode? node, string type)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() == type)
                {
                    yield return obj;
                }

                foreach (var (_, value) in obj)
                {
                    foreach (var found in AllOfType(value, type))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var found in AllOfType(item, type))
                    {
                        yield return found;
                    }
                }

                break;
        }
    }
}
