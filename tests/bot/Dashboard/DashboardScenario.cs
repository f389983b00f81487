using LeadBot.Bot.Dashboard;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Funnel;
using LeadBot.Bot.Tests.Privacy;
using LeadBot.Dialogs.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Dashboard;

/// <summary>
/// A known week of conversations, driven over real HTTP into the real host, whose dashboard figures are counted here
/// by hand: 9 conversations in German and English from three sources; 4 completed (3 MQL, 1 Lead), one declined, one
/// cancelled, two abandoned (one after a re-asked e-mail), one still open; one MQL claimed and offered by sales. Each
/// turn takes 20 seconds on the host's clock.
/// </summary>
public sealed class DashboardScenario
{
    public const string LocalUser = "marketing";
    public const string LocalPassword = "correct horse battery staple";

    public static readonly TimeSpan Turn = TimeSpan.FromSeconds(20);

    private DashboardScenario(FunnelDriver driver, ManualClock clock)
    {
        Driver = driver;
        Clock = clock;
    }

    public FunnelDriver Driver { get; }

    public ManualClock Clock { get; }

    /// <summary>The day the conversations started (UTC).</summary>
    public DateOnly Day { get; private set; }

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dashboard:LocalUsers:0:Name"] = LocalUser,
            ["Dashboard:LocalUsers:0:PasswordHash"] = PasswordHash.Create(LocalPassword, PasswordHash.MinimumIterations).ToString(),
            ["Funnel:AbandonAfterMinutes"] = "30",
            ["Funnel:CheckEveryMinutes"] = "1440",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    public static async Task<DashboardScenario> RunAsync(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configureServices = null,
        Action<WebApplication>? configureApp = null)
    {
        // Today, 08:00 UTC: the conversations of the scenario stay within the day and so within a default period.
        var today = DateTimeOffset.UtcNow;
        var clock = new ManualClock(new DateTimeOffset(today.Year, today.Month, today.Day, 8, 0, 0, TimeSpan.Zero));
        var driver = await FunnelDriver.StartAsync(clock, Settings(settings), configureServices: configureServices, configureApp: configureApp);
        var scenario = new DashboardScenario(driver, clock) { Day = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) };
        try
        {
            await scenario.DriveAsync();
        }
        catch
        {
            await driver.DisposeAsync();
            throw;
        }

        return scenario;
    }

    private void Tick() => Clock.Advance(Turn);

    private async Task CompleteAsync(string locale, Dictionary<string, string> answers, string? source, string? campaign)
    {
        using var chat = Driver.NewChat(locale);
        var replies = source is null && campaign is null ? await chat.StartAsync() : await FunnelDriver.JoinAsync(chat, source: source, medium: "email", campaign: campaign);
        await FunnelDriver.AnswerAsync(chat, replies, answers, beforeTurn: Tick);
    }

    private async Task DriveAsync()
    {
        // Completed: German MQL ×2 (newsletter/herbst), English MQL (linkedin/spring), English Lead (newsletter/herbst).
        await CompleteAsync("de-DE", FunnelDriver.GermanMql, "newsletter", "herbst");
        await CompleteAsync("de-DE", PrivacyTestKit.Answers("Klara Korn", "klara.korn@example.de", "Korn GmbH", "+49 89 5554444"), "newsletter", "herbst");
        await CompleteAsync("en-US", FunnelDriver.EnglishMql, "linkedin", "spring");
        await CompleteAsync("en-US", FunnelDriver.EnglishLead, "newsletter", "herbst");

        // Declined at consent (German, no source).
        using (var declined = Driver.NewChat("de-DE"))
        {
            await declined.StartAsync();
            Tick();
            await declined.SendAndWaitAsync("nein");
        }

        // Cancelled at the company question (English, linkedin/spring).
        using (var cancelled = Driver.NewChat("en-US"))
        {
            await FunnelDriver.AnswerAsync(cancelled, await FunnelDriver.JoinAsync(cancelled, source: "linkedin", campaign: "spring"), FunnelDriver.EnglishMql, "company", Tick);
            Tick();
            await cancelled.SendAndWaitAsync("cancel");
        }

        // Abandoned at the e-mail question after one unusable answer (German, newsletter/herbst) ...
        using (var lost = Driver.NewChat("de-DE"))
        {
            await FunnelDriver.AnswerAsync(lost, await FunnelDriver.JoinAsync(lost, source: "newsletter", campaign: "herbst"), FunnelDriver.GermanMql, "email", Tick);
            Tick();
            await lost.SendAndWaitAsync("das sage ich nicht");
        }

        // ... and at the budget question (English, no source).
        using (var quiet = Driver.NewChat("en-US"))
        {
            await FunnelDriver.AnswerAsync(quiet, await quiet.StartAsync(), FunnelDriver.EnglishMql, "budget", Tick);
        }

        // Sales claims the first MQL and sends an offer: SQL, then Opportunity.
        var repository = Driver.Host.Services.GetRequiredService<EfLeadRepository>();
        var first = (await Driver.JourneysAsync()).First(j => j.Stage == LeadStage.Mql).LeadId!.Value;
        Tick();
        await repository.ApplySalesActionAsync(first, SalesAction.Claim, "Sam Sales", "aad-1", null, Clock.GetUtcNow(), default);
        Tick();
        await repository.ApplySalesActionAsync(first, SalesAction.OfferSent, "Sam Sales", "aad-1", null, Clock.GetUtcNow(), default);

        // Forty minutes later the two quiet conversations count as abandoned; then one more conversation starts and stays open.
        Clock.Advance(TimeSpan.FromMinutes(40));
        Assert.Equal(2, (await Driver.Host.Services.GetRequiredService<FunnelMaintenance>().RunOnceAsync(default)).Abandoned);
        using var open = Driver.NewChat("de-DE");
        await open.StartAsync();
    }

    // The hand count of what DriveAsync did.
    public const int Started = 9;
    public const int Consented = 7;
    public const int Leads = 4;
    public const int Mql = 3;
    public const int Sql = 1;
    public const int Opportunity = 1;
}
