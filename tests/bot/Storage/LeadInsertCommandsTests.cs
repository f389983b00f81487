using System.Data.Common;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Storage;

/// <summary>
/// The fast insert of a new lead against EF itself: the same rows written once by <see cref="LeadInsertCommands"/> and
/// once by EF's SaveChanges, into two fresh databases of the provider, must be stored identically, column by column (the
/// stored form: Guid/decimal/date text and UTC ticks on SQLite, uuid/numeric/timestamptz on PostgreSQL). Run against both
/// providers: <see cref="LeadInsertCommandsTestsOnSqlite"/> and <see cref="LeadInsertCommandsTestsOnPostgreSql"/>.
/// </summary>
public abstract class LeadInsertCommandsTests
{
    protected abstract StorageProvider Provider { get; }

    private static CancellationToken Ct => CancellationToken.None;

    private static readonly string[] Tables = ["Leads", "StageChanges", "Outbox", "BotState"];

    [Fact]
    public async Task A_new_lead_is_stored_exactly_as_EF_stores_it()
    {
        await using var fast = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var ef = await StorageTestDatabase.CreateMigratedAsync(Provider);

        // Two leads: one with every answer, one with every optional value left out.
        var insertedFast = new[] { FullLead(), SparseLead() };
        await using (var context = await ContextAsync(fast))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(Ct);
            foreach (var (lead, notification, marker) in insertedFast)
            {
                await LeadInsertCommands.For(context).InsertNewLeadAsync(context.Database, lead, notification, marker, Ct);
            }

            await transaction.CommitAsync(Ct);
        }

        var insertedByEf = new[] { FullLead(), SparseLead() };
        await using (var context = await ContextAsync(ef))
        {
            foreach (var (lead, notification, marker) in insertedByEf)
            {
                context.Leads.Add(lead);
                if (notification is not null)
                {
                    context.Outbox.Add(notification);
                }

                if (marker is not null)
                {
                    context.BotState.Add(marker);
                }

                // One SaveChanges per lead, as the repository saved them (the identity values then come in the same order).
                await context.SaveChangesAsync(Ct);
            }
        }

        foreach (var table in Tables)
        {
            var expected = await RowsAsync(ef, table);
            var actual = await RowsAsync(fast, table);
            Assert.Equal(expected.Count, actual.Count);
            Assert.NotEmpty(actual);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal(expected[i].Keys, actual[i].Keys);
                foreach (var (column, value) in expected[i])
                {
                    var stored = actual[i][column];
                    Assert.True(Equals(value, stored) && value?.GetType() == stored?.GetType(),
                        $"{table}.{column}: EF stored {Describe(value)}, the fast insert {Describe(stored)}");
                }
            }
        }

        // The ids the database generated are set on the inserted objects, as EF sets them.
        for (var i = 0; i < insertedFast.Length; i++)
        {
            Assert.Equal(insertedByEf[i].Lead.History.Select(h => h.Id), insertedFast[i].Lead.History.Select(h => h.Id));
            Assert.All(insertedFast[i].Lead.History, h => Assert.True(h.Id > 0));
            Assert.Equal(insertedByEf[i].Notification?.Id, insertedFast[i].Notification?.Id);
        }
    }

    [Fact]
    public async Task A_second_lead_with_the_same_normalized_email_is_a_unique_violation_and_nothing_of_it_is_stored()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var (first, _, _) = FullLead();
        await using (var context = await ContextAsync(db))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(Ct);
            await LeadInsertCommands.For(context).InsertNewLeadAsync(context.Database, first, null, null, Ct);
            await transaction.CommitAsync(Ct);
        }

        var (second, notification, marker) = FullLead();
        second.Id = Guid.NewGuid();
        second.Email = "  ADA.Lovelace@Example.COM";
        foreach (var change in second.History)
        {
            change.LeadId = second.Id;
        }

        notification!.LeadId = second.Id;
        await using (var context = await ContextAsync(db))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(Ct);
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
                LeadInsertCommands.For(context).InsertNewLeadAsync(context.Database, second, notification, marker, Ct));
            Assert.True(DbErrors.IsUniqueViolation(failure), failure.InnerException?.ToString());
        }

        Assert.Equal(1, await CountAsync(db, "Leads"));
        Assert.Equal(2, await CountAsync(db, "StageChanges"));
        Assert.Equal(0, await CountAsync(db, "Outbox"));
        Assert.Equal(0, await CountAsync(db, "BotState"));
    }

    [Fact]
    public async Task A_failure_at_the_last_row_leaves_nothing_of_the_lead_once_the_transaction_is_rolled_back()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var (lead, notification, marker) = FullLead();
        await using (var context = await ContextAsync(db))
        {
            // The activity's marker row exists already: the lead, its history and its notification go in first.
            context.BotState.Add(new BotStateRecord { Key = marker!.Key, Json = "{}", ETag = "e", UpdatedAt = Submissions.Start });
            await context.SaveChangesAsync(Ct);
        }

        await using (var context = await ContextAsync(db))
        {
            await using var transaction = await context.Database.BeginTransactionAsync(Ct);
            var failure = await Assert.ThrowsAsync<DbUpdateException>(() =>
                LeadInsertCommands.For(context).InsertNewLeadAsync(context.Database, lead, notification, marker, Ct));
            Assert.True(DbErrors.IsUniqueViolation(failure), failure.InnerException?.ToString());
        }

        Assert.Equal(0, await CountAsync(db, "Leads"));
        Assert.Equal(0, await CountAsync(db, "StageChanges"));
        Assert.Equal(0, await CountAsync(db, "Outbox"));
        Assert.Equal(1, await CountAsync(db, "BotState"));
    }

    [Fact]
    public async Task The_lookups_before_the_insert_find_the_stored_marker_and_the_normalized_email()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        var (lead, notification, marker) = FullLead();
        await using var context = await ContextAsync(db);
        await using var transaction = await context.Database.BeginTransactionAsync(Ct);
        var commands = LeadInsertCommands.For(context);
        Assert.Null(await commands.LeadMarkerJsonAsync(context.Database, marker!.Key, Ct));
        Assert.False(await commands.LeadWithEmailExistsAsync(context.Database, "ada.lovelace@example.com", Ct));

        await commands.InsertNewLeadAsync(context.Database, lead, notification, marker, Ct);

        // Inside the same transaction, as the save runs them.
        Assert.Equal($"\"{lead.Id:D}\"", await commands.LeadMarkerJsonAsync(context.Database, marker.Key, Ct));
        Assert.True(await commands.LeadWithEmailExistsAsync(context.Database, "ada.lovelace@example.com", Ct));
        Assert.False(await commands.LeadWithEmailExistsAsync(context.Database, "Ada.Lovelace@example.com", Ct));
        Assert.Null(await commands.LeadMarkerJsonAsync(context.Database, marker.Key + "x", Ct));
    }

    [Fact]
    public async Task A_new_lead_is_only_inserted_inside_a_transaction()
    {
        await using var db = await StorageTestDatabase.CreateMigratedAsync(Provider);
        await using var context = await ContextAsync(db);
        var (lead, notification, marker) = FullLead();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            LeadInsertCommands.For(context).InsertNewLeadAsync(context.Database, lead, notification, marker, Ct));

        Assert.Equal(0, await db.ScalarAsync("SELECT count(*) FROM Leads"));
    }

    /// <summary>A lead as the bot stores it, with values that show the stored form of every type: an offset and
    /// sub-millisecond ticks on the times, fractional and large decimals, a date, text beyond ASCII, JSON.</summary>
    private static (Lead Lead, OutboxMessage? Notification, BotStateRecord? Marker) FullLead()
    {
        var at = new DateTimeOffset(2026, 3, 2, 9, 30, 15, 123, TimeSpan.FromHours(1)).AddTicks(4567);
        var lead = new Lead
        {
            Id = new Guid("5f0c8e9a-1b2c-4d3e-8f70-a1b2c3d4e5f6"),
            UserKey = "msteams/29:1aBcD-user",
            Name = "Ada Lovelace",
            Email = "Ada.Lovelace@example.com",
            Company = "Analytical Engines Ltd – Zürich",
            Phone = "+49 30 123456",
            Locale = "de-DE",
            NeedKey = "automation",
            NeedText = "Wir wollen die Lead-Erfassung automatisieren",
            AuthorityKey = "ceo",
            AuthorityText = "Ich entscheide",
            BudgetAmount = 50_000.50m,
            BudgetMinimum = 12_345.678m,
            BudgetMaximum = 99_999_999.99m,
            BudgetCurrency = "EUR",
            BudgetUnknown = false,
            BudgetText = "ca. 50.000,50 €",
            TimelineStart = new DateOnly(2026, 5, 31),
            TimelineTimex = "2026-05",
            TimelineUnknown = true,
            TimelineText = "innerhalb von 3 Monaten",
            Score = 85,
            ScoreBreakdown =
            [
                new ScoreItem { Criterion = "budget", Points = 30, MaxPoints = 30, Met = true, Required = true, Reason = "Budget 50.000 € ≥ 10.000 €" },
                new ScoreItem { Criterion = "timeline", Points = 0, MaxPoints = 10, Met = false, Required = false, Reason = "\"unbekannt\"" },
            ],
            Consent = new ConsentRecord
            {
                TextVersion = "2026-01",
                TextHash = "sha256:abc123",
                GivenAt = at.AddMinutes(-5).ToOffset(TimeSpan.FromHours(-5.5)),
                ChannelId = "msteams",
                ConversationId = "a:1Xyz",
                Locale = "de-DE",
            },
            Source = new LeadSource { ChannelId = "webchat", PageUrl = "https://example.com/preise?x=1", Referrer = "https://search.example", Campaign = "frühling-2026" },
            Owner = "Grace Hopper",
            OwnerId = "aad-1",
            CreatedAt = at,
        };
        lead.MoveTo(LeadStage.Mql, StageActor.Bot, null, "All criteria met", at);
        lead.History.Add(new StageChange { LeadId = lead.Id, From = LeadStage.Mql, To = LeadStage.Sql, At = at.AddSeconds(1), ChangedBy = "Grace Hopper", ChangedById = "aad-1", Reason = "Claimed in Teams" });
        lead.Stage = LeadStage.Sql;
        lead.UpdatedAt = at.AddSeconds(1);
        var notification = new OutboxMessage { LeadId = lead.Id, Kind = OutboxMessage.MqlNotification, CreatedAt = at.AddMilliseconds(2), NextAttemptAt = at.AddMilliseconds(2) };
        var marker = new BotStateRecord { Key = "activity/webchat/conv-1/act-1/lead", Json = $"\"{lead.Id:D}\"", ETag = "0123456789abcdef0123456789abcdef", UpdatedAt = at };
        return (lead, notification, marker);
    }

    /// <summary>A lead with every optional value null (no e-mail: no normalized e-mail either), no notification, no marker.</summary>
    private static (Lead Lead, OutboxMessage? Notification, BotStateRecord? Marker) SparseLead()
    {
        var at = new DateTimeOffset(2026, 3, 3, 0, 0, 0, TimeSpan.Zero);
        var lead = new Lead
        {
            Id = new Guid("00000000-0000-0000-0000-00000000000a"),
            UserKey = "webchat/u",
            Locale = "en-US",
            ScoreBreakdown = [],
            Consent = new ConsentRecord { GivenAt = at },
            Source = new LeadSource { ChannelId = "webchat" },
            CreatedAt = at,
        };
        lead.MoveTo(LeadStage.Lead, StageActor.Bot, null, "Below threshold", at);
        return (lead, null, null);
    }

    private static Task<long> CountAsync(StorageTestDatabase db, string table) => db.ScalarAsync($"SELECT count(*) FROM {table}");

    private static async Task<LeadBotDbContext> ContextAsync(StorageTestDatabase db) =>
        await db.Services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync(Ct);

    /// <summary>The rows of <paramref name="table"/> as stored (the provider's own values, no EF mapping), in key order.</summary>
    private static async Task<List<Dictionary<string, object?>>> RowsAsync(StorageTestDatabase db, string table)
    {
        await using var context = await ContextAsync(db);
        var sql = context.GetService<ISqlGenerationHelper>();
        var key = table == "BotState" ? "Key" : "Id";
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {sql.DelimitIdentifier(table)} ORDER BY {sql.DelimitIdentifier(key)}";
        await using DbDataReader reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<Dictionary<string, object?>>();
        while (await reader.ReadAsync(Ct))
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    private static string Describe(object? value) => value is null ? "NULL" : $"{value} ({value.GetType().Name})";
}

public sealed class LeadInsertCommandsTestsOnSqlite : LeadInsertCommandsTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}

[Trait("Category", "Slow")]
public sealed class LeadInsertCommandsTestsOnPostgreSql : LeadInsertCommandsTests
{
    protected override StorageProvider Provider => StorageProvider.PostgreSql;
}
