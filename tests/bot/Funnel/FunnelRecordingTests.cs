using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Funnel;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Privacy;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Funnel;

/// <summary>
/// The funnel as conversations over real HTTP leave it (the real host on a SQLite file): what each journey reached,
/// where it stopped, what was asked again, later stage changes by sales, and what an erasure leaves behind.
/// </summary>
public sealed class FunnelRecordingTests
{
    [Fact]
    public async Task A_completed_conversation_records_each_step_once_with_its_source_and_no_personal_data()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("de-DE");
        var replies = await FunnelDriver.JoinAsync(chat, source: "newsletter", medium: "email", campaign: "herbst");
        await FunnelDriver.AnswerAsync(chat, replies, FunnelDriver.GermanMql);

        var journey = Assert.Single(await driver.JourneysAsync());
        await using (var db = await driver.DbAsync())
        {
            var lead = await db.Leads.AsNoTracking().SingleAsync();
            Assert.Equal(lead.Id, journey.LeadId);
            Assert.Equal(LeadStage.Mql, lead.Stage);
        }

        Assert.Equal(FunnelStatus.Completed, journey.Status);
        Assert.Equal(FunnelPoint.Lead, journey.Reached);
        Assert.Null(journey.OpenStep);
        Assert.Equal(LeadStage.Mql, journey.Stage);
        Assert.Equal(LeadStage.Mql, journey.BestStage);
        Assert.Equal(("emulator", "de"), (journey.Channel, journey.Language));
        Assert.Equal(("newsletter", "email", "herbst"), (journey.Source, journey.Medium, journey.Campaign));
        // The page without its query (which carried an e-mail address here), the referrer's host only.
        Assert.Equal("www.example.com/angebot", journey.Page);
        Assert.Equal("www.google.com", journey.ReferrerHost);
        Assert.NotNull(journey.ConsentedAt);
        Assert.NotNull(journey.QualifiedAt);
        Assert.True(journey.CompletedAt >= journey.StartedAt);
        Assert.Equal((1, 0), (journey.ConsentAsked, journey.ConsentReasked));
        Assert.Equal((1, 0), (journey.BudgetAsked, journey.BudgetReasked));

        var events = await driver.EventsAsync(journey.Id);
        Assert.Equal(FunnelEventKind.Started, events[0].Kind);
        Assert.Equal((FunnelEventKind.Asked, FunnelStep.Consent), (events[1].Kind, events[1].Step));
        Assert.Single(events, e => e.Kind == FunnelEventKind.Consented);
        foreach (var step in new[] { FunnelStep.Name, FunnelStep.Email, FunnelStep.Company, FunnelStep.Phone, FunnelStep.Need, FunnelStep.Authority, FunnelStep.Budget, FunnelStep.Timeline })
        {
            Assert.Single(events, e => e.Kind == FunnelEventKind.Asked && e.Step == step);
            Assert.Single(events, e => e.Kind == FunnelEventKind.Answered && e.Step == step);
        }

        Assert.DoesNotContain(events, e => e.Kind is FunnelEventKind.Reasked or FunnelEventKind.Declined or FunnelEventKind.Abandoned);
        Assert.Equal(FunnelEventKind.Confirmed, events[^2].Kind);
        Assert.Equal((FunnelEventKind.StageReached, LeadStage.Mql), (events[^1].Kind, events[^1].Stage));

        // Nothing the prospect said, nor the conversation's or user's id, is in the funnel's rows.
        var rows = JsonSerializer.Serialize(new { journeys = await driver.JourneysAsync(), events = await driver.EventsAsync() });
        foreach (var personal in new[] { "Erika", "Musterfrau", "erika.musterfrau", "example.com/angebot?", "Muster AG", "30 1234567", "ca. 50.000", "drei Monaten", chat.ConversationId, chat.UserId })
        {
            Assert.DoesNotContain(personal, rows, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_conversation_shorter_than_the_write_interval_is_written_whole_by_the_turn_that_stores_the_lead()
    {
        // An interval no test waits out: nothing but the lead's own turn writes the journey.
        await using var driver = await FunnelDriver.StartAsync(settings: new Dictionary<string, string?> { ["Funnel:WriteEveryMilliseconds"] = "60000" });
        using var chat = driver.NewChat("en-US");
        var replies = await FunnelDriver.JoinAsync(chat, source: "linkedin", campaign: "winter");
        replies = await FunnelDriver.AnswerAsync(chat, replies, FunnelDriver.EnglishMql, stopAt: "budget");
        replies = await chat.SendAndWaitAsync("hmm, what do you mean?");
        await FunnelDriver.AnswerAsync(chat, replies, FunnelDriver.EnglishMql);

        // Nothing waits: the lead's turn took the earlier turns' change into its own transaction.
        Assert.Equal(0, driver.Host.Services.GetRequiredService<PendingJourneys>().Count);
        await using var db = await driver.DbAsync();
        var journey = await db.Set<FunnelJourney>().AsNoTracking().SingleAsync();
        Assert.Equal((FunnelStatus.Completed, FunnelPoint.Lead), (journey.Status, journey.Reached));
        Assert.Equal(("linkedin", "winter"), (journey.Source, journey.Campaign));
        Assert.NotNull(journey.ConsentedAt);
        Assert.True(journey.StartedAt < journey.CompletedAt);
        Assert.Equal((1, 0), (journey.ConsentAsked, journey.ConsentReasked));
        Assert.Equal((2, 1), (journey.BudgetAsked, journey.BudgetReasked));
        Assert.Equal((1, 0), (journey.TimelineAsked, journey.TimelineReasked));
        var lead = await db.Leads.AsNoTracking().SingleAsync();
        Assert.Equal(lead.Id, journey.LeadId);

        // The question events of the earlier turns came with it, in order, before the summary's.
        var events = FunnelEventText.Parse(journey.Id, journey.PendingEvents);
        Assert.Equal(FunnelEventKind.Started, events[0].Kind);
        Assert.Contains(events, e => e.Kind == FunnelEventKind.Reasked && e.Step == FunnelStep.Budget);
        Assert.Equal(FunnelEventKind.Confirmed, events[^1].Kind);
    }

    [Fact]
    public async Task Declining_consent_ends_the_journey_at_the_consent_question_and_a_new_message_starts_a_new_one()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("en-US");
        var replies = await chat.StartAsync();
        Assert.Equal("consent", EmulatorClient.LastStep(replies));
        replies = await chat.SendAndWaitAsync("no");
        Assert.Null(EmulatorClient.LastStep(replies));

        var declined = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((FunnelStatus.Declined, FunnelStep.Consent, FunnelPoint.ConsentAsked), (declined.Status, declined.OpenStep, declined.Reached));
        Assert.Null(declined.ConsentedAt);
        Assert.Equal("en", declined.Language);
        Assert.Contains(await driver.EventsAsync(declined.Id), e => e.Kind == FunnelEventKind.Declined && e.Step == FunnelStep.Consent);

        // A later message starts over with the consent question: a journey of its own.
        replies = await chat.SendAndWaitAsync("hello again");
        Assert.Equal("consent", EmulatorClient.LastStep(replies));
        var journeys = await driver.JourneysAsync();
        Assert.Equal(2, journeys.Count);
        Assert.Equal(FunnelStatus.Open, journeys.Single(j => j.Id != declined.Id).Status);
    }

    [Fact]
    public async Task A_conversation_whose_state_keeps_the_track_as_an_object_as_earlier_versions_did_goes_on_in_the_same_journey()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("de-DE");
        var replies = await FunnelDriver.AnswerAsync(chat, await chat.StartAsync(), FunnelDriver.GermanMql, stopAt: "email");
        var key = $"emulator/conversations/{chat.ConversationId}";
        await using (var db = await driver.DbAsync())
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT \"Json\" FROM \"BotState\" WHERE \"Key\" = $key";
            read.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$key", key));
            var json = (string)(await read.ExecuteScalarAsync())!;
            var text = System.Text.RegularExpressions.Regex.Match(json, "\"FunnelTrack\":\"([^\"]*)\"");
            var track = FunnelTrack.Parse(text.Groups[1].Value)!;
            var earlier = "\"FunnelTrack\":{\"$type\":\"LeadBot.Bot.Funnel.FunnelTrack, LeadBot.Bot\"," +
                $"\"Id\":{track.Id},\"Status\":0,\"Open\":{(short)track.Open!},\"Phase\":null,\"Reached\":{(short)track.Reached},\"Consented\":true}}";
            await using var write = connection.CreateCommand();
            write.CommandText = "UPDATE \"BotState\" SET \"Json\" = $json WHERE \"Key\" = $key";
            write.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$json", json.Replace(text.Value, earlier, StringComparison.Ordinal)));
            write.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter("$key", key));
            Assert.Equal(1, await write.ExecuteNonQueryAsync());
        }

        await FunnelDriver.AnswerAsync(chat, replies, FunnelDriver.GermanMql);

        var journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((FunnelStatus.Completed, 1, 1, 1), (journey.Status, journey.ConsentAsked, journey.NameAsked, journey.EmailAsked));
    }

    [Fact]
    public async Task An_answer_the_bot_cannot_take_counts_as_a_re_ask_of_that_question()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("de-DE");
        var replies = await FunnelDriver.AnswerAsync(chat, await chat.StartAsync(), FunnelDriver.GermanMql, stopAt: "email");
        replies = await chat.SendAndWaitAsync("das sage ich nicht");
        Assert.Equal("email", EmulatorClient.LastStep(replies));
        Assert.Equal(true, replies.Last(r => r.Step is not null).Body["channelData"]?["leadbot"]?["reask"]?.GetValue<bool>());
        await FunnelDriver.AnswerAsync(chat, replies, FunnelDriver.GermanMql);

        var journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((2, 1), (journey.EmailAsked, journey.EmailReasked));
        Assert.Equal((1, 0), (journey.NameAsked, journey.NameReasked));
        var events = await driver.EventsAsync(journey.Id);
        Assert.Single(events, e => e.Kind == FunnelEventKind.Reasked && e.Step == FunnelStep.Email);
        Assert.Single(events, e => e.Kind == FunnelEventKind.Asked && e.Step == FunnelStep.Email);
    }

    [Fact]
    public async Task A_conversation_that_goes_quiet_is_marked_abandoned_at_its_open_question_once_and_reopens_when_the_prospect_returns()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        // The scheduled job would run on the advanced clock too; this test runs it itself.
        await using var driver = await FunnelDriver.StartAsync(clock, new Dictionary<string, string?> { ["Funnel:AbandonAfterMinutes"] = "30", ["Funnel:CheckEveryMinutes"] = "1440" });
        using var quiet = driver.NewChat("de-DE");
        var replies = await FunnelDriver.AnswerAsync(quiet, await quiet.StartAsync(), FunnelDriver.GermanMql, stopAt: "budget");
        clock.Advance(TimeSpan.FromMinutes(20));
        using var active = driver.NewChat("en-US");
        await active.StartAsync();
        clock.Advance(TimeSpan.FromMinutes(15));

        var maintenance = driver.Host.Services.GetRequiredService<FunnelMaintenance>();
        Assert.Equal(1, (await maintenance.RunOnceAsync(default)).Abandoned);
        Assert.Equal(0, (await maintenance.RunOnceAsync(default)).Abandoned);

        var journeys = await driver.JourneysAsync();
        var abandoned = Assert.Single(journeys, j => j.Status == FunnelStatus.Abandoned);
        Assert.Equal(FunnelStep.Budget, abandoned.OpenStep);
        Assert.Equal(FunnelPoint.Budget, abandoned.Reached);
        Assert.Equal(FunnelStatus.Open, journeys.Single(j => j.Id != abandoned.Id).Status);
        var marked = Assert.Single(await driver.EventsAsync(abandoned.Id), e => e.Kind == FunnelEventKind.Abandoned);
        Assert.Equal(FunnelStep.Budget, marked.Step);

        // The prospect comes back and finishes: the same journey, completed.
        await FunnelDriver.AnswerAsync(quiet, await quiet.SendAndWaitAsync(FunnelDriver.GermanMql["budget"]), FunnelDriver.GermanMql);
        var finished = Assert.Single(await driver.JourneysAsync(), j => j.Id == abandoned.Id);
        Assert.Equal(FunnelStatus.Completed, finished.Status);
    }

    [Fact]
    public async Task Cancelling_at_a_question_ends_the_journey_there()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("de-DE");
        await FunnelDriver.AnswerAsync(chat, await chat.StartAsync(), FunnelDriver.GermanMql, stopAt: "company");
        var replies = await chat.SendAndWaitAsync("abbrechen");
        Assert.Null(EmulatorClient.LastStep(replies));

        var journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((FunnelStatus.Cancelled, FunnelStep.Company, FunnelPoint.Company), (journey.Status, journey.OpenStep, journey.Reached));
        Assert.Contains(await driver.EventsAsync(journey.Id), e => e.Kind == FunnelEventKind.Cancelled && e.Step == FunnelStep.Company);
    }

    [Fact]
    public async Task Stage_changes_by_sales_are_recorded_on_the_journey_the_lead_came_from()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("en-US");
        await FunnelDriver.AnswerAsync(chat, await FunnelDriver.JoinAsync(chat, campaign: "spring"), FunnelDriver.EnglishMql);
        var repository = driver.Host.Services.GetRequiredService<EfLeadRepository>();
        var leadId = Assert.Single(await driver.JourneysAsync()).LeadId!.Value;
        var at = DateTimeOffset.UtcNow;

        // The same calls the Teams card's buttons make.
        Assert.Equal(SalesActionOutcome.Applied, (await repository.ApplySalesActionAsync(leadId, SalesAction.Claim, "Sam Sales", "aad-1", null, at, default)).Outcome);
        Assert.Equal(SalesActionOutcome.Applied, (await repository.ApplySalesActionAsync(leadId, SalesAction.OfferSent, "Sam Sales", "aad-1", null, at, default)).Outcome);
        var journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((LeadStage.Opportunity, LeadStage.Opportunity), (journey.Stage, journey.BestStage));
        var changes = (await driver.EventsAsync(journey.Id)).Where(e => e.Kind == FunnelEventKind.StageChanged).ToList();
        Assert.Equal([(LeadStage.Mql, LeadStage.Sql), (LeadStage.Sql, LeadStage.Opportunity)], changes.Select(e => (e.FromStage!.Value, e.Stage!.Value)));

        // A refused action (offer sent twice) records nothing; a disqualification keeps the furthest stage reached.
        Assert.Equal(SalesActionOutcome.InvalidTransition, (await repository.ApplySalesActionAsync(leadId, SalesAction.OfferSent, "Sam Sales", "aad-1", null, at, default)).Outcome);
        Assert.Equal(SalesActionOutcome.Applied, (await repository.ApplySalesActionAsync(leadId, SalesAction.Disqualify, "Sam Sales", "aad-1", "no budget after all", at, default)).Outcome);
        journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal((LeadStage.Disqualified, LeadStage.Opportunity), (journey.Stage, journey.BestStage));
        Assert.Equal(3, (await driver.EventsAsync(journey.Id)).Count(e => e.Kind == FunnelEventKind.StageChanged));
        // The sales person's name is the lead's history, not the funnel's.
        Assert.DoesNotContain("Sam Sales", JsonSerializer.Serialize(await driver.EventsAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_privacy_export_holds_the_persons_journey_and_an_erasure_leaves_the_facts_but_no_link_to_the_person()
    {
        await using var driver = await FunnelDriver.StartAsync();
        using var chat = driver.NewChat("de-DE");
        await FunnelDriver.AnswerAsync(chat, await chat.StartAsync(), FunnelDriver.GermanLead);
        var journey = Assert.Single(await driver.JourneysAsync());
        Assert.Equal(LeadStage.Lead, journey.Stage);
        using var admin = driver.ApiClient();

        var export = await admin.GetFromJsonAsync<JsonObject>("api/privacy/export?email=max.beispiel@example.com");
        var exported = Assert.Single(export!["funnel"]!.AsArray())!;
        Assert.Equal(journey.Id, exported["journey"]!["id"]!.GetValue<long>());
        Assert.Contains(exported["events"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "Confirmed");

        using var erased = await admin.DeleteAsync("api/privacy/subjects?email=max.beispiel@example.com");
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        var after = Assert.Single(await driver.JourneysAsync());
        Assert.Equal(journey.Id, after.Id);
        Assert.Null(after.LeadId);
        Assert.Equal(FunnelStatus.Completed, after.Status);
        Assert.NotEmpty(await driver.EventsAsync(journey.Id));
        // The journey's id survives nowhere else: the conversation state that held it is gone.
        await using var db = await driver.DbAsync();
        var id = journey.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.False(await db.BotState.AnyAsync(s => s.Json.Contains(id)));
    }

    [Fact]
    public async Task With_the_funnel_switched_off_conversations_leave_no_funnel_rows()
    {
        await using var driver = await FunnelDriver.StartAsync(settings: new Dictionary<string, string?> { ["Funnel:Enabled"] = "false" });
        using var chat = driver.NewChat("en-US");
        await FunnelDriver.AnswerAsync(chat, await chat.StartAsync(), FunnelDriver.EnglishLead);
        Assert.Empty(await driver.JourneysAsync());
        Assert.Empty(await driver.EventsAsync());
    }
}
