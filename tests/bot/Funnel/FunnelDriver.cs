using System.Text.Json.Nodes;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Privacy;
using LeadBot.Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Funnel;

/// <summary>
/// Drives prospect conversations into the real bot host over HTTP (the Emulator's protocol, a stand-in connector for the
/// replies), the way the website would start them (the webchat/join event with page and utm fields), and reads the
/// funnel tables afterwards.
/// </summary>
public sealed class FunnelDriver : IAsyncDisposable
{
    public const string ApiKey = PrivacyTestKit.ApiKey;

    private FunnelDriver(BotHost host, ConnectorStandIn standIn, ManualClock? clock)
    {
        Host = host;
        StandIn = standIn;
        Clock = clock;
    }

    public BotHost Host { get; }

    public ConnectorStandIn StandIn { get; }

    public ManualClock? Clock { get; }

    public static readonly Dictionary<string, string> GermanMql = PrivacyTestKit.Answers("Erika Musterfrau", "erika.musterfrau@example.com", "Muster AG", "+49 30 1234567");

    public static readonly Dictionary<string, string> GermanLead = new(GermanMql)
    {
        ["name"] = "Max Beispiel",
        ["email"] = "max.beispiel@example.com",
        ["company"] = "Beispiel KG",
        ["phone"] = "+49 40 7654321",
        ["authority"] = "Ich sammle nur Informationen",
        ["budget"] = "weiß ich noch nicht",
    };

    public static readonly Dictionary<string, string> EnglishMql = new()
    {
        ["consent"] = "yes",
        ["name"] = "John Smith",
        ["email"] = "john.smith@example.org",
        ["company"] = "Example Ltd",
        ["phone"] = "skip",
        ["need"] = "the first",
        ["authority"] = "I decide",
        ["budget"] = "50k",
        ["timeline"] = "within 3 months",
        ["confirm"] = "yes",
    };

    public static readonly Dictionary<string, string> EnglishLead = new(EnglishMql)
    {
        ["name"] = "Jane Doe",
        ["email"] = "jane.doe@example.net",
        ["company"] = "Doe Industries",
        ["authority"] = "I am gathering information",
        ["budget"] = "don't know yet",
    };

    public static async Task<FunnelDriver> StartAsync(ManualClock? clock = null, IDictionary<string, string?>? settings = null, string? databasePath = null,
        Action<IServiceCollection>? configureServices = null, Action<WebApplication>? configureApp = null)
    {
        var standIn = await ConnectorStandIn.StartAsync();
        var values = new Dictionary<string, string?> { ["SalesApi:ApiKey"] = ApiKey };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var host = await BotHost.StartAsync(databasePath, values, services =>
        {
            if (clock is not null)
            {
                services.AddSingleton<TimeProvider>(clock);
            }

            configureServices?.Invoke(services);
        }, configureApp: configureApp);
        return new FunnelDriver(host, standIn, clock);
    }

    public EmulatorClient NewChat(string locale) => new(Host.MessagesUri, StandIn, locale);

    /// <summary>Opens the chat as the website does: the webchat/join event with the page, its referrer and utm fields.</summary>
    public static Task<IReadOnlyList<RecordedActivity>> JoinAsync(EmulatorClient chat, string? source = null, string? medium = null, string? campaign = null,
        string pageUrl = "https://www.example.com/angebot?email=erika.musterfrau@example.com", string? referrer = "https://www.google.com/search?q=crm")
    {
        var join = chat.Activity("event");
        join["name"] = "webchat/join";
        var value = new JsonObject { ["pageUrl"] = pageUrl, ["referrer"] = referrer };
        if (source is not null)
        {
            value["utm_source"] = source;
        }

        if (medium is not null)
        {
            value["utm_medium"] = medium;
        }

        if (campaign is not null)
        {
            value["utm_campaign"] = campaign;
        }

        join["value"] = value;
        return chat.SendAndWaitAsync(join);
    }

    /// <summary>Answers every question by its step marker (a confirmation line with yes) until the bot asks nothing more,
    /// or until it asks <paramref name="stopAt"/> (not answered). <paramref name="beforeTurn"/> runs before each answer
    /// (e.g. to let time pass on a manual clock).</summary>
    public static async Task<IReadOnlyList<RecordedActivity>> AnswerAsync(EmulatorClient chat, IReadOnlyList<RecordedActivity> replies,
        IReadOnlyDictionary<string, string> answers, string? stopAt = null, Action? beforeTurn = null)
    {
        for (var turn = 0; turn < 40 && EmulatorClient.LastStep(replies) is { } step; turn++)
        {
            if (step == stopAt)
            {
                return replies;
            }

            var last = replies.Last(r => r.Step is not null);
            var phase = last.Body["channelData"]?["leadbot"]?["phase"]?.GetValue<string>();
            var yes = chat.Locale.StartsWith("de", StringComparison.Ordinal) ? "ja" : "yes";
            beforeTurn?.Invoke();
            replies = await chat.SendAndWaitAsync(phase == "check" ? yes : answers[step]);
        }

        Assert.True(stopAt is null, $"The bot never asked '{stopAt}'.");
        Assert.Null(EmulatorClient.LastStep(replies));
        return replies;
    }

    public async Task<List<FunnelJourney>> JourneysAsync()
    {
        await Host.Services.GetRequiredService<PendingJourneys>().WriteAsync(default);
        await using var db = await DbAsync();
        return await db.Set<FunnelJourney>().AsNoTracking().OrderBy(j => j.StartedAt).ToListAsync();
    }

    /// <summary>The events (of one journey), in the order they happened, after the journeys' pending events were moved
    /// into rows as the maintenance job does.</summary>
    public async Task<List<FunnelEvent>> EventsAsync(long? journeyId = null)
    {
        await Host.Services.GetRequiredService<PendingJourneys>().WriteAsync(default);
        await Host.Services.GetRequiredService<FunnelMaintenance>().MoveEventsAsync(default);
        await using var db = await DbAsync();
        var events = await db.Set<FunnelEvent>().AsNoTracking().Where(e => journeyId == null || e.JourneyId == journeyId).ToListAsync();
        // A turn's events share its time; within a turn the stage the lead reached comes last.
        return events.OrderBy(e => e.At.UtcTicks / TimeSpan.TicksPerMillisecond).ThenBy(e => e.Kind == FunnelEventKind.StageReached).ThenBy(e => e.Id).ToList();
    }

    public Task<LeadBotDbContext> DbAsync() => PrivacyTestKit.DbAsync(Host.Services);

    public HttpClient ApiClient() => PrivacyTestKit.AdminClient(Host);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await StandIn.DisposeAsync();
        Host.DeleteDatabase();
    }
}
