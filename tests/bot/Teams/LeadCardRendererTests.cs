using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Teams.Cards;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Dialogs.Domain;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace LeadBot.Bot.Tests.Teams;

/// <summary>
/// The lead card for a real lead (with hostile text in every prospect field) is valid Adaptive Card 1.5: it uses only
/// element and action types of 1.5, and the official JavaScript renderer (npm adaptivecards 3.0.6, in headless Chromium)
/// parses and renders it without a single warning, showing the prospect's text literally.
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

    private static LeadCardBuilder Builder() =>
        new(Options.Create(new TeamsOptions { PublicBaseUrl = "https://leadbot.example.com" }));

    [Fact]
    public void The_card_uses_only_Adaptive_Cards_1_5_and_keeps_prospect_text_as_plain_string_values()
    {
        var lead = HostileLead();
        var card = Builder().Build(lead);

        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        CheckAllowList(card, "$");

        // Hostile text stays inside string values: the structure is the template's, the text comes back literally.
        var texts = TeamsTestKit.Strings(card);
        Assert.Contains(lead.Name, texts);
        Assert.Contains(texts, t => t.Contains(lead.Company, StringComparison.Ordinal));
        Assert.DoesNotContain(card["actions"]!.AsArray(), a => a!["url"]?.GetValue<string>() == "https://evil.example");
        Assert.Equal($"https://leadbot.example.com/api/leads/{lead.Id:D}", card["actions"]!.AsArray().Single(a => a!["id"]!.GetValue<string>() == "openLead")!["url"]!.GetValue<string>());
        // Prospect text goes into TextRuns (no markdown), never into TextBlocks.
        Assert.DoesNotContain(AllOfType(card, "TextBlock"), b => b["text"]!.GetValue<string>().Contains("Robert", StringComparison.Ordinal));
    }

    [Trait("Category", "Slow")]
    [Fact]
    public async Task The_card_renders_in_the_adaptivecards_renderer_in_headless_Chromium_without_errors()
    {
        var lead = HostileLead();
        var card = Builder().Build(lead);
        var renderer = EnsureRenderer();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        var page = await browser.NewPageAsync();
        var pageErrors = new List<string>();
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                pageErrors.Add($"{message.Type}: {message.Text}");
            }
        };
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><div id=\"card\"></div></body></html>");
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = renderer });

        var result = await page.EvaluateAsync<JsonElement>(@"(json) => {
            const payload = JSON.parse(json);
            // The host's markdown processor (Teams has its own; a page would plug in markdown-it). Here: escape only,
            // and count what is sent through markdown, so prospect text can be shown not to be.
            const markdownInputs = [];
            AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
                markdownInputs.push(text);
                const div = document.createElement('div');
                div.textContent = text;
                result.outputHtml = div.innerHTML;
                result.didProcess = true;
            };
            const card = new AdaptiveCards.AdaptiveCard();
            const context = new AdaptiveCards.SerializationContext();
            card.parse(payload, context);
            const parseEvents = [];
            for (let i = 0; i < context.eventCount; i++) {
                const e = context.getEventAt(i);
                parseEvents.push(e.event + ': ' + e.message);
            }
            const validation = card.validateProperties();
            const validationEvents = validation.validationEvents.map(e => e.event + ': ' + e.message);
            const element = card.render();
            document.getElementById('card').appendChild(element);
            return {
                parseEvents,
                validationEvents,
                text: element.innerText,
                buttons: Array.from(element.querySelectorAll('button')).map(b => b.innerText.trim()).filter(t => t.length > 0),
                scripts: element.querySelectorAll('script').length,
                links: Array.from(element.querySelectorAll('a')).map(a => a.getAttribute('href')),
                version: card.version ? card.version.toString() : null,
                markdownInputs
            };
        }", card.ToJsonString());

        Assert.Empty(pageErrors);
        Assert.Empty(result.GetProperty("parseEvents").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(result.GetProperty("validationEvents").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("1.5", result.GetProperty("version").GetString());
        var text = result.GetProperty("text").GetString()!;
        Assert.Contains(lead.Name, text);          // literally, markdown and markup not interpreted
        Assert.Contains("50.000 EUR", text);
        Assert.Contains("Budget 50.000 EUR ≥ 10.000 EUR", text);
        Assert.Contains("2026-11-28", text);
        Assert.Equal(0, result.GetProperty("scripts").GetInt32());
        Assert.DoesNotContain(result.GetProperty("markdownInputs").EnumerateArray().Select(m => m.GetString()), m => m!.Contains("Robert", StringComparison.Ordinal));
        Assert.DoesNotContain("https://evil.example", result.GetProperty("links").EnumerateArray().Select(l => l.GetString()));
        var buttons = result.GetProperty("buttons").EnumerateArray().Select(b => b.GetString()).ToList();
        Assert.Contains("Übernehmen", buttons);
        Assert.Contains("Angebot gesendet", buttons);
        Assert.Contains("Disqualifizieren", buttons);
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

    /// <summary>tests/bot/Teams/renderer/node_modules/adaptivecards/dist/adaptivecards.min.js, after <c>npm ci</c> when missing.</summary>
    private static string EnsureRenderer()
    {
        var folder = Path.Combine(ConversationHarness.RepositoryRoot(), "tests", "bot", "Teams", "renderer");
        var script = Path.Combine(folder, "node_modules", "adaptivecards", "dist", "adaptivecards.min.js");
        if (!File.Exists(script))
        {
            var start = new ProcessStartInfo("npm", "ci --no-audit --no-fund")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var npm = Process.Start(start)!;
            var output = npm.StandardOutput.ReadToEndAsync();
            var error = npm.StandardError.ReadToEnd();
            Assert.True(npm.WaitForExit(TimeSpan.FromMinutes(5)), "npm ci timed out");
            Assert.True(npm.ExitCode == 0, $"npm ci failed: {error} {output.Result}");
        }

        Assert.True(File.Exists(script), script + " is missing after npm ci");
        return script;
    }
}
