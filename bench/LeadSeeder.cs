using System.Globalization;
using Microsoft.Data.Sqlite;

namespace LeadBot.Bench;

/// <summary>
/// Fills LeadBot's SQLite file with leads before the measured start (<c>--seed-leads N</c>). The schema comes from the
/// bot's own migrations (the runner starts the bot once on the fresh file first); the rows are written with plain SQL
/// in the bot's storage format: GUIDs as upper-case text, DateTimeOffset as UTC ticks, enums as names, one stage change
/// per lead. Columns added by later migrations are left to their defaults.
/// </summary>
public static class LeadSeeder
{
    private const int BatchSize = 10_000;

    public static async Task SeedAsync(string databasePath, int count, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;";
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var baseTime = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero);
        for (var start = 0; start < count; start += BatchSize)
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using var lead = connection.CreateCommand();
            lead.Transaction = transaction;
            lead.CommandText = """
                INSERT INTO Leads (Id, UserKey, Name, Email, Company, Phone, Locale, NeedKey, NeedText, AuthorityKey, AuthorityText,
                  BudgetAmount, BudgetCurrency, BudgetUnknown, BudgetText, TimelineStart, TimelineTimex, TimelineUnknown, TimelineText,
                  Score, ScoreBreakdown, Stage, CreatedAt, UpdatedAt, NormalizedEmail,
                  Consent_ChannelId, Consent_ConversationId, Consent_GivenAt, Consent_Locale, Consent_TextHash, Consent_TextVersion,
                  Source_ChannelId)
                VALUES ($id, $userKey, $name, $email, $company, $phone, $locale, 'lead-management', $needText, $authorityKey, $authorityText,
                  '50000.0', 'EUR', 0, 'ca. 50.000 €', $timelineStart, 'P3M', 0, 'in drei Monaten',
                  $score, $breakdown, $stage, $at, $at, $email,
                  'emulator', $conversation, $at, $locale, 'seed', '2026-11-28',
                  'emulator')
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "$id", "$userKey", "$name", "$email", "$company", "$phone", "$locale", "$needText", "$authorityKey",
                "$authorityText", "$timelineStart", "$score", "$breakdown", "$stage", "$at", "$conversation" })
            {
                p[name] = lead.Parameters.Add(new SqliteParameter(name, null));
            }

            await using var change = connection.CreateCommand();
            change.Transaction = transaction;
            change.CommandText = "INSERT INTO StageChanges (LeadId, \"From\", \"To\", At, ChangedBy, ChangedById, Reason) VALUES ($id, NULL, $stage, $at, 'bot', NULL, 'seed')";
            var cId = change.Parameters.Add(new SqliteParameter("$id", null));
            var cStage = change.Parameters.Add(new SqliteParameter("$stage", null));
            var cAt = change.Parameters.Add(new SqliteParameter("$at", null));

            var end = Math.Min(count, start + BatchSize);
            for (var i = start; i < end; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                var german = i % 2 == 0;
                var mql = i % 3 != 0;
                var at = baseTime.AddMinutes(i);
                var id = Guid.NewGuid().ToString().ToUpperInvariant();
                var stage = mql ? "Mql" : "Lead";
                p["$id"].Value = id;
                p["$userKey"].Value = $"emulator:seed-user-{n}";
                p["$name"].Value = german ? $"Seed Mustermann {n}" : $"Seed Example {n}";
                p["$email"].Value = $"seed.{n}@seed-{i % 97}.example";
                p["$company"].Value = german ? $"Seed GmbH {i % 1000}" : $"Seed Inc {i % 1000}";
                p["$phone"].Value = $"+49 30 {1_000_000 + i}";
                p["$locale"].Value = german ? "de-DE" : "en-US";
                p["$needText"].Value = german ? "die erste" : "the first";
                p["$authorityKey"].Value = mql ? "decides" : "recommends";
                p["$authorityText"].Value = mql ? "Ich entscheide" : "Ich empfehle";
                p["$timelineStart"].Value = DateOnly.FromDateTime(at.UtcDateTime.AddMonths(3)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["$score"].Value = mql ? 100 : 55;
                p["$breakdown"].Value = """[{"Criterion":"need","Points":30,"MaxPoints":30,"Met":true,"Required":true,"Reason":"seed"}]""";
                p["$stage"].Value = stage;
                p["$at"].Value = at.UtcTicks;
                p["$conversation"].Value = $"seed-{n}";
                await lead.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                cId.Value = id;
                cStage.Value = stage;
                cAt.Value = at.UtcTicks;
                await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
