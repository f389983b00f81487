using System.Text.Json;
using LeadBot.Bot.Api;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Turns;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Privacy;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>Run against both providers: <see cref="EfLeadRepositoryTestsOnSqlite"/> and <see cref="EfLeadRepositoryTestsOnPostgreSql"/>.</summary>
public abstract class EfLeadRepositoryTests
{
    protected abstract StorageProvider Provider { get; }

    private static CancellationToken Ct => CancellationToken.None;

    [Fact]
    public async Task A_saved_lead_reads_back_with_answers_history_breakdown_consent_and_source()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var submission = Submissions.Create();

        var saved = await db.Leads.SaveQualifiedAsync(submission, Ct);
        var read = await db.Leads.FindAsync(saved.Id, Ct);

        Assert.NotNull(read);
        Assert.Equal("Ada Lovelace", read.Name);
        Assert.Equal("ada@example.com", read.Email);
        Assert.Equal("Analytical Engines Ltd", read.Company);
        Assert.Equal("+49 30 123456", read.Phone);
        Assert.Equal("webchat/user-1", read.UserKey);
        Assert.Equal("en-US", read.Locale);
        Assert.Equal("automation", read.NeedKey);
        Assert.Equal("We want to automate lead intake", read.NeedText);
        Assert.Equal("ceo", read.AuthorityKey);
        Assert.Equal(50_000m, read.BudgetAmount);
        Assert.Equal("EUR", read.BudgetCurrency);
        Assert.Equal("about 50k euros", read.BudgetText);
        Assert.Equal(new DateOnly(2026, 5, 1), read.TimelineStart);
        Assert.Equal("2026-05", read.TimelineTimex);
        Assert.Equal(80, read.Score);
        Assert.Equal(LeadStage.Mql, read.Stage);
        Assert.Equal(submission.At, read.CreatedAt);
        Assert.Equal(submission.At, read.UpdatedAt);

        Assert.Equal(3, read.ScoreBreakdown.Count);
        var budget = read.ScoreBreakdown[1];
        Assert.Equal(("budget", 30, 30, true, true, "Budget 50,000 EUR ≥ 10,000 EUR"),
            (budget.Criterion, budget.Points, budget.MaxPoints, budget.Met, budget.Required, budget.Reason));

        var consent = submission.Answers.Consent!;
        Assert.Equal(consent.TextVersion, read.Consent.TextVersion);
        Assert.Equal(consent.TextHash, read.Consent.TextHash);
        Assert.Equal(consent.GivenAt, read.Consent.GivenAt);
        Assert.Equal(consent.ChannelId, read.Consent.ChannelId);
        Assert.Equal(consent.ConversationId, read.Consent.ConversationId);
        Assert.Equal(consent.Locale, read.Consent.Locale);

        Assert.Equal("webchat", read.Source.ChannelId);
        Assert.Equal("https://example.com/pricing", read.Source.PageUrl);
        Assert.Equal("https://search.example", read.Source.Referrer);
        Assert.Equal("spring-2026", read.Source.Campaign);

        var first = Assert.Single(read.History);
        Assert.Null(first.From);
        Assert.Equal(LeadStage.Mql, first.To);
        Assert.Equal(StageActor.Bot, first.ChangedBy);
        Assert.Null(first.ChangedById);
        Assert.Equal("All criteria met", first.Reason);
        Assert.Equal(submission.At, first.At);
        Assert.Equal(saved.Id, first.LeadId);
    }

    [Fact]
    public async Task The_same_email_in_another_case_and_with_spaces_updates_the_one_lead_and_records_both_conversations()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var first = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "Ada@Example.com", stage: LeadStage.Lead, score: 40), Ct);

        var second = await db.Leads.SaveQualifiedAsync(
            Submissions.Create(email: "  ada@EXAMPLE.com ", stage: LeadStage.Mql, score: 85, at: Submissions.Start.AddDays(3), company: "Engines 2.0"), Ct);

        Assert.Equal(first.Id, second.Id);
        var all = await db.Queries.SearchAsync(new LeadSearch(), Ct);
        Assert.Equal(1, all.Total);
        var lead = await db.Leads.FindAsync(first.Id, Ct);
        Assert.NotNull(lead);
        Assert.Equal("ada@EXAMPLE.com", lead.Email);
        Assert.Equal("Engines 2.0", lead.Company);
        Assert.Equal(85, lead.Score);
        Assert.Equal(LeadStage.Mql, lead.Stage);
        Assert.Equal(Submissions.Start, lead.CreatedAt);
        Assert.Equal(Submissions.Start.AddDays(3), lead.UpdatedAt);
        Assert.Collection(lead.History,
            h => Assert.Equal((null, LeadStage.Lead), (h.From, h.To)),
            h => Assert.Equal((LeadStage.Lead, LeadStage.Mql, "All criteria met"), (h.From, h.To, h.Reason)));
    }

    [Fact]
    public async Task An_update_that_keeps_the_stage_records_that_the_lead_was_updated()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var first = await db.Leads.SaveQualifiedAsync(Submissions.Create(), Ct);

        await db.Leads.SaveQualifiedAsync(Submissions.Create(at: Submissions.Start.AddHours(2)), Ct);

        var lead = await db.Leads.FindAsync(first.Id, Ct);
        Assert.NotNull(lead);
        Assert.Equal(2, lead.History.Count);
        var update = lead.History[1];
        Assert.Equal((LeadStage.Mql, LeadStage.Mql, EfLeadRepository.UpdatedReason, StageActor.Bot),
            (update.From, update.To, update.Reason, update.ChangedBy));
    }

    [Theory]
    [InlineData(LeadStage.Sql)]
    [InlineData(LeadStage.Opportunity)]
    public async Task The_bot_never_moves_a_lead_sales_has_advanced_back_down(LeadStage salesStage)
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var first = await db.Leads.SaveQualifiedAsync(Submissions.Create(), Ct);
        await MoveBySalesAsync(db, first.Id, salesStage);

        var updated = await db.Leads.SaveQualifiedAsync(
            Submissions.Create(email: "ADA@example.com", stage: LeadStage.Lead, score: 20, at: Submissions.Start.AddDays(10)), Ct);

        var lead = await db.Leads.FindAsync(first.Id, Ct);
        Assert.NotNull(lead);
        Assert.Equal(salesStage, updated.Stage);
        Assert.Equal(salesStage, lead.Stage);
        Assert.Equal(20, lead.Score);
        var last = lead.History[^1];
        Assert.Equal((salesStage, salesStage, EfLeadRepository.UpdatedReason), (last.From, last.To, last.Reason));
        Assert.Equal(3, lead.History.Count);
    }

    [Fact]
    public async Task Leads_without_email_are_never_merged()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);

        var a = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: null), Ct);
        var b = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "   "), Ct);

        Assert.NotEqual(a.Id, b.Id);
        Assert.Null((await db.Leads.FindAsync(b.Id, Ct))!.Email);
        Assert.Equal(2, (await db.Queries.SearchAsync(new LeadSearch(), Ct)).Total);
    }

    [Fact]
    public async Task A_submission_without_consent_is_refused_and_nothing_is_stored()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var submission = Submissions.Create();
        submission.Answers.Consent = null;

        await Assert.ThrowsAsync<ArgumentException>(() => db.Leads.SaveQualifiedAsync(submission, Ct));

        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM Leads"));
    }

    [Fact]
    public async Task Concurrent_first_conversations_with_one_email_end_in_one_lead()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var other = db.CreateServices();
        var repositories = new[] { db.Leads, other.GetRequiredService<ILeadRepository>() };

        var saved = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => repositories[i % 2].SaveQualifiedAsync(Submissions.Create(at: Submissions.Start.AddMinutes(i)), Ct), Ct)));

        Assert.Single(saved.Select(l => l.Id).Distinct());
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM Leads"));
        Assert.Equal(6, await db.ScalarAsync("SELECT count(*) FROM StageChanges"));
    }

    [Fact]
    public async Task An_email_changed_on_a_stored_lead_is_normalized_again_so_the_new_address_finds_the_lead()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var first = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "ada@example.com"), Ct);
        await using (var context = await ContextAsync(db))
        {
            // Tracked and changed by a plain property set: only change detection makes this lead a modified one.
            var lead = await context.Leads.SingleAsync(l => l.Id == first.Id, Ct);
            lead.Email = "  Countess@Example.ORG ";
            await context.SaveChangesAsync(Ct);
            Assert.True(context.ChangeTracker.AutoDetectChangesEnabled);
        }

        Assert.Equal([first.Id], await IdsByNormalizedEmailAsync(db, "countess@example.org"));
        Assert.Empty(await IdsByNormalizedEmailAsync(db, "ada@example.com"));

        var again = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "COUNTESS@example.org", at: Submissions.Start.AddDays(1)), Ct);
        var old = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "ada@example.com", at: Submissions.Start.AddDays(2)), Ct);

        Assert.Equal(first.Id, again.Id);
        Assert.NotEqual(first.Id, old.Id);
        Assert.Equal(2, await db.ScalarAsync("SELECT count(*) FROM Leads"));
    }

    [Fact]
    public async Task Changing_an_email_to_another_leads_address_in_other_case_violates_the_unique_normalized_email()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "ada@example.com"), Ct);
        var second = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "grace@example.com"), Ct);
        await using var context = await ContextAsync(db);
        var lead = await context.Leads.SingleAsync(l => l.Id == second.Id, Ct);
        lead.Email = "ADA@example.com ";

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => context.SaveChangesAsync(Ct));

        Assert.True(DbErrors.IsUniqueViolation(failure));
        Assert.True(context.ChangeTracker.AutoDetectChangesEnabled);
        Assert.Equal([second.Id], await IdsByNormalizedEmailAsync(db, "grace@example.com"));
    }

    [Fact]
    public async Task A_lead_added_without_the_repository_is_normalized_and_found_and_its_first_recorded_change_has_no_from_stage()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var imported = new Lead { UserKey = "import/1", Name = "Ada", Company = "Engines", Locale = "en-US", Email = " Ada@Example.com", CreatedAt = Submissions.Start };
        await using (var context = await ContextAsync(db))
        {
            context.Leads.Add(imported);
            await context.SaveChangesAsync(Ct);
        }

        var saved = await db.Leads.SaveQualifiedAsync(Submissions.Create(email: "ada@example.com", at: Submissions.Start.AddDays(1)), Ct);

        Assert.Equal(imported.Id, saved.Id);
        Assert.Equal(LeadStage.Mql, saved.Stage);
        var lead = await db.Leads.FindAsync(imported.Id, Ct);
        Assert.NotNull(lead);
        var change = Assert.Single(lead.History);
        Assert.Equal((null, LeadStage.Mql, "All criteria met"), (change.From, change.To, change.Reason));
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM Outbox"));
    }

    [Fact]
    public async Task An_update_returns_the_lead_with_its_new_stage_and_the_change_it_recorded_and_the_full_history_stays_stored()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await db.Leads.SaveQualifiedAsync(Submissions.Create(stage: LeadStage.Lead), Ct);

        var updated = await db.Leads.SaveQualifiedAsync(Submissions.Create(stage: LeadStage.Mql, at: Submissions.Start.AddDays(1)), Ct);

        Assert.Equal(LeadStage.Mql, updated.Stage);
        Assert.Equal((LeadStage.Lead, LeadStage.Mql), (updated.History[^1].From, updated.History[^1].To));
        var stored = await db.Leads.FindAsync(updated.Id, Ct);
        Assert.NotNull(stored);
        Assert.Equal(2, stored.History.Count);
        Assert.Equal(1, await db.ScalarAsync("SELECT count(*) FROM Outbox"));
    }

    [Fact]
    public async Task A_new_lead_is_stored_with_every_answer_and_its_notification_and_marker_and_reads_back_as_returned()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var notifiedAt = new DateTimeOffset(2026, 3, 2, 8, 31, 0, TimeSpan.Zero).AddTicks(1230);
        var signal = new OutboxSignal();
        var repository = new EfLeadRepository(db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(), signal, new ManualClock(notifiedAt));
        var submission = Submissions.Create(email: "  Ada.Lovelace@Example.COM ", name: " Ada Lovelace ", company: "Analytical Engines – Zürich ");
        var answers = submission.Answers;
        answers.Phone = " +49 30 123456 ";
        answers.BudgetAmount = 50_000.50m;
        answers.BudgetMinimum = 40_000.25m;
        answers.BudgetMaximum = 60_000m;
        answers.BudgetUnknown = true;
        answers.TimelineUnknown = true;
        answers.TimelineText = "innerhalb von 3 Monaten";
        var origin = new SubmissionOrigin("webchat", "conv-42", "act-7");
        var activity = TurnKeys.RecordKeyOf(origin.ChannelId, origin.ConversationId, origin.ActivityId)!;

        var saved = await repository.SaveQualifiedAsync(submission with { Origin = origin }, Ct);

        Assert.True(await signal.WaitAsync(TimeSpan.Zero, Ct));
        var read = await repository.FindAsync(saved.Id, Ct);
        Assert.NotNull(read);
        await using var context = await ContextAsync(db);
        AssertSameStoredValues(context.Model, saved, read);

        // What was stored, against the submission.
        Assert.Equal((submission.UserKey, submission.Locale), (read.UserKey, read.Locale));
        Assert.Equal(("Ada Lovelace", "Ada.Lovelace@Example.COM", "Analytical Engines – Zürich", "+49 30 123456"), (read.Name, read.Email, read.Company, read.Phone));
        Assert.Equal((answers.NeedKey, answers.NeedText, answers.AuthorityKey, answers.AuthorityText), (read.NeedKey, read.NeedText, read.AuthorityKey, read.AuthorityText));
        Assert.Equal((50_000.50m, 40_000.25m, 60_000m, "EUR", true, answers.BudgetText),
            (read.BudgetAmount, read.BudgetMinimum, read.BudgetMaximum, read.BudgetCurrency, read.BudgetUnknown, read.BudgetText));
        Assert.Equal((answers.TimelineStart, answers.TimelineTimex, true, "innerhalb von 3 Monaten"),
            (read.TimelineStart, read.TimelineTimex, read.TimelineUnknown, read.TimelineText));
        Assert.Equal((80, LeadStage.Mql, submission.At, submission.At), (read.Score, read.Stage, read.CreatedAt, read.UpdatedAt));
        Assert.Null(read.Owner);
        Assert.Null(read.OwnerId);
        Assert.Equal(JsonSerializer.Serialize(submission.Qualification.Breakdown), JsonSerializer.Serialize(read.ScoreBreakdown));
        var consent = answers.Consent!;
        Assert.Equal((consent.TextVersion, consent.TextHash, consent.GivenAt, consent.ChannelId, consent.ConversationId, consent.Locale),
            (read.Consent.TextVersion, read.Consent.TextHash, read.Consent.GivenAt, read.Consent.ChannelId, read.Consent.ConversationId, read.Consent.Locale));
        Assert.Equal((submission.Source.ChannelId, submission.Source.PageUrl, submission.Source.Referrer, submission.Source.Campaign),
            (read.Source.ChannelId, read.Source.PageUrl, read.Source.Referrer, read.Source.Campaign));
        var change = Assert.Single(read.History);
        Assert.Equal((saved.Id, (LeadStage?)null, LeadStage.Mql, submission.At, StageActor.Bot, (string?)null, "All criteria met"),
            (change.LeadId, change.From, change.To, change.At, change.ChangedBy, change.ChangedById, change.Reason));
        Assert.Equal(Assert.Single(saved.History).Id, change.Id);
        Assert.Equal([saved.Id], await IdsByNormalizedEmailAsync(db, "ada.lovelace@example.com"));

        var notification = Assert.Single(await context.Outbox.AsNoTracking().ToListAsync(Ct));
        Assert.Equal((saved.Id, OutboxMessage.MqlNotification, notifiedAt, notifiedAt, 0),
            (notification.LeadId, notification.Kind, notification.CreatedAt, notification.NextAttemptAt, notification.Attempts));
        Assert.True(notification.Id > 0);
        Assert.All(
            new object?[] { notification.LockedBy, notification.LockedUntil, notification.SentAt, notification.LastError, notification.ServiceUrl, notification.ChannelId, notification.ConversationId, notification.ActivityId },
            Assert.Null);
        var marker = await context.BotState.AsNoTracking().SingleAsync(r => r.Key == activity + EfLeadRepository.LeadMarkerSuffix, Ct);
        Assert.Equal(($"\"{saved.Id:D}\"", submission.At), (marker.Json, marker.UpdatedAt));
        Assert.Matches("^[0-9a-f]{32}$", marker.ETag);

        // The sales API's queries read it: the filtered list with history, and one lead by id.
        var listed = Assert.Single((await db.Queries.SearchAsync(new LeadSearch
        {
            Stage = LeadStage.Mql,
            Text = "LOVELACE@example",
            From = submission.At.AddMinutes(-1),
            To = submission.At.AddMinutes(1),
            IncludeHistory = true,
        }, Ct)).Items);
        var byId = await db.Queries.GetAsync(saved.Id, Ct);
        Assert.NotNull(byId);
        var expectedDto = JsonSerializer.Serialize(LeadDto.From(read));
        Assert.Equal(expectedDto, JsonSerializer.Serialize(LeadDto.From(listed)));
        Assert.Equal(expectedDto, JsonSerializer.Serialize(LeadDto.From(byId)));

        // The same activity again stores nothing more and returns the stored lead.
        Assert.Equal(saved.Id, (await repository.SaveQualifiedAsync(Submissions.Create(email: "other@example.com") with { Origin = origin }, Ct)).Id);

        Assert.Equal((1, 1, 1), (await db.ScalarAsync("SELECT count(*) FROM Leads"), await db.ScalarAsync("SELECT count(*) FROM StageChanges"), await db.ScalarAsync("SELECT count(*) FROM Outbox")));
    }

    [Fact]
    public async Task A_failed_new_lead_insert_is_seen_as_a_unique_violation_and_leaves_no_half_written_lead()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var origin = new SubmissionOrigin("webchat", "conv-1", "act-1");
        var activity = TurnKeys.RecordKeyOf(origin.ChannelId, origin.ConversationId, origin.ActivityId)!;
        await using (var context = await ContextAsync(db))
        {
            // A marker row this save cannot read as a lead id: the save goes on, and its own marker is the last row it inserts.
            context.BotState.Add(new BotStateRecord { Key = activity + EfLeadRepository.LeadMarkerSuffix, Json = "\"not a lead id\"", ETag = "e", UpdatedAt = Submissions.Start });
            await context.SaveChangesAsync(Ct);
        }

        var signal = new OutboxSignal();
        var repository = new EfLeadRepository(db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>(), signal);
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => repository.SaveQualifiedAsync(Submissions.Create() with { Origin = origin }, Ct));

        Assert.True(DbErrors.IsUniqueViolation(failure), failure.InnerException?.ToString());
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, Ct));
        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM Leads"));
        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM StageChanges"));
        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM Outbox"));
    }

    /// <summary>Every mapped property of the lead (complex properties included) and of its history, compared in the form
    /// the database stores (after the value converters: the breakdown as JSON, times as the same instant).</summary>
    private static void AssertSameStoredValues(IModel model, Lead expected, Lead actual)
    {
        AssertSameStoredValues(model.FindEntityType(typeof(Lead))!, expected, actual);
        Assert.Equal(expected.History.Count, actual.History.Count);
        for (var i = 0; i < expected.History.Count; i++)
        {
            AssertSameStoredValues(model.FindEntityType(typeof(StageChange))!, expected.History[i], actual.History[i]);
        }
    }

    private static void AssertSameStoredValues(IEntityType type, object expected, object actual)
    {
        var properties = type.GetProperties().Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties())).ToList();
        Assert.True(properties.Count > 5);
        foreach (var property in properties.Where(p => !p.IsShadowProperty()))
        {
            var getter = property.GetGetter();
            var converter = property.GetTypeMapping().Converter;
            object? Stored(object entity) => getter.GetClrValueUsingContainingEntity(entity) is { } value && converter is not null
                ? converter.ConvertToProvider(value)
                : getter.GetClrValueUsingContainingEntity(entity);
            var (wanted, found) = (Stored(expected), Stored(actual));
            Assert.True(Equals(wanted, found), $"{property.DeclaringType.DisplayName()}.{property.Name}: returned {wanted}, stored {found}");
        }
    }

    private static async Task<LeadBotDbContext> ContextAsync(StorageTestDatabase db) =>
        await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync(Ct);

    private static async Task<List<Guid>> IdsByNormalizedEmailAsync(StorageTestDatabase db, string normalizedEmail)
    {
        await using var context = await ContextAsync(db);
        return await context.Leads.AsNoTracking()
            .Where(l => EF.Property<string?>(l, LeadBotDbContext.NormalizedEmailColumn) == normalizedEmail)
            .Select(l => l.Id)
            .ToListAsync(Ct);
    }

    private static async Task MoveBySalesAsync(StorageTestDatabase db, Guid id, LeadStage stage)
    {
        var factory = db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var context = await factory.CreateDbContextAsync(Ct);
        var lead = await context.Leads.Include(l => l.History).SingleAsync(l => l.Id == id, Ct);
        lead.MoveTo(stage, "Grace Hopper", "aad-1", "Qualified on a call", Submissions.Start.AddDays(1));
        await context.SaveChangesAsync(Ct);
    }
}

public sealed class EfLeadRepositoryTestsOnSqlite : EfLeadRepositoryTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class EfLeadRepositoryTestsOnPostgreSql : EfLeadRepositoryTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
