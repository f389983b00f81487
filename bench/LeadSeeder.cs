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
                  $budget, 'EUR', 0, $budgetText, $timelineStart, 'P3M', 0, 'in drei Monaten',
                  $score, $breakdown, $stage, $at, $at, $email,
                  'emulator', $conversation, $at, $locale, 'seed', '2026-11-28',
                  'emulator')
                """;
            var p = new Dictionary<string, SqliteParameter>();
            foreach (var name in new[] { "$id", "$userKey", "$name", "$email", "$company", "$phone", "$locale", "$needText", "$authorityKey",
                "$authorityText", "$budget", "$budgetText", "$timelineStart", "$score", "$breakdown", "$stage", "$at", "$conversation" })
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
                var row = Row(i);
                var id = row.Id.ToString().ToUpperInvariant();
                p["$id"].Value = id;
                p["$userKey"].Value = row.UserKey;
                p["$name"].Value = row.Name;
                p["$email"].Value = row.Email;
                p["$company"].Value = row.Company;
                p["$phone"].Value = row.Phone;
                p["$locale"].Value = row.Locale;
                p["$needText"].Value = row.NeedText;
                p["$authorityKey"].Value = row.AuthorityKey;
                p["$authorityText"].Value = row.AuthorityText;
                p["$budget"].Value = row.Budget.ToString("0.0", CultureInfo.InvariantCulture);
                p["$budgetText"].Value = row.BudgetText;
                p["$timelineStart"].Value = row.TimelineStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                p["$score"].Value = row.Score;
                p["$breakdown"].Value = Breakdown;
                p["$stage"].Value = row.Stage;
                p["$at"].Value = row.At.UtcTicks;
                p["$conversation"].Value = row.ConversationId;
                await lead.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                cId.Value = id;
                cStage.Value = row.Stage;
                cAt.Value = row.At.UtcTicks;
                await change.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The score breakdown every seeded lead carries (its content does not matter to a benchmark).</summary>
    public const string Breakdown = """[{"Criterion":"need","Points":30,"MaxPoints":30,"Met":true,"Required":true,"Reason":"seed"}]""";

    /// <summary>Seeded lead number <paramref name="i"/>: half German, two thirds MQL (decides) and one third not
    /// (recommends); budgets from 5,000 to 52,500 EUR in steps of 2,500, so a changed budget minimum moves some.</summary>
    public static SeedLead Row(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var german = i % 2 == 0;
        var mql = i % 3 != 0;
        var at = new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddMinutes(i);
        var budget = 5_000m + (i % 20 * 2_500m);
        // Stable ids, so the PostgreSQL seeder writes the same leads in two passes.
        var id = new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.ASCII.GetBytes("seed-" + n)));
        return new SeedLead(
            id,
            $"emulator:seed-user-{n}",
            german ? $"Seed Mustermann {n}" : $"Seed Example {n}",
            $"seed.{n}@seed-{i % 97}.example",
            german ? $"Seed GmbH {i % 1000}" : $"Seed Inc {i % 1000}",
            $"+49 30 {1_000_000 + i}",
            german ? "de-DE" : "en-US",
            german ? "die erste" : "the first",
            mql ? "decides" : "recommends",
            mql ? "Ich entscheide" : "Ich empfehle",
            budget,
            budget.ToString("N0", CultureInfo.InvariantCulture) + " EUR",
            DateOnly.FromDateTime(at.UtcDateTime.AddMonths(3)),
            mql ? 100 : 55,
            mql ? "Mql" : "Lead",
            at,
            $"seed-{n}");
    }
}

/// <summary>One seeded lead's values.</summary>
public sealed record SeedLead(Guid Id, string UserKey, string Name, string Email, string Company, string Phone, string Locale, string NeedText,
    string AuthorityKey, string AuthorityText, decimal Budget, string BudgetText, DateOnly TimelineStart, int Score, string Stage, DateTimeOffset At,
    string ConversationId);
