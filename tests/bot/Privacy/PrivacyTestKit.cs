using System.Text;
using LeadBot.Bot.Api;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>Shared pieces of the privacy tests: the API key, a full chat over the Emulator, byte scans of the SQLite files.</summary>
internal static class PrivacyTestKit
{
    public const string ApiKey = "privacy-test-key-0123456789";

    public static Dictionary<string, string> Answers(string name, string email, string company, string phone) => new()
    {
        ["consent"] = "ja",
        ["name"] = name,
        ["email"] = email,
        ["company"] = company,
        ["phone"] = phone,
        ["need"] = "die erste",
        ["authority"] = "Ich entscheide",
        ["budget"] = "ca. 50.000 €",
        ["timeline"] = "in drei Monaten",
        ["confirm"] = "ja",
    };

    /// <summary>Answers every question the bot asks (by its step marker) until it asks nothing more.</summary>
    public static async Task ChatToTheEndAsync(EmulatorClient emulator, IReadOnlyDictionary<string, string> answers)
    {
        var replies = await emulator.StartAsync();
        for (var turn = 0; turn < 25 && EmulatorClient.LastStep(replies) is { } step; turn++)
        {
            replies = await emulator.SendAndWaitAsync(answers[step]);
        }

        Assert.Null(EmulatorClient.LastStep(replies));
    }

    public static HttpClient AdminClient(BotHost host, string? requestedBy = null)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, ApiKey);
        if (requestedBy is not null)
        {
            client.DefaultRequestHeaders.Add("X-Requested-By", requestedBy);
        }

        return client;
    }

    public static async Task<LeadBotDbContext> DbAsync(IServiceProvider services) =>
        await services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();

    /// <summary>Every byte of the database file, its write-ahead log and rollback journal.</summary>
    public static byte[] DatabaseBytes(string databasePath)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return new[] { databasePath, databasePath + "-wal", databasePath + "-journal" }
            .Where(File.Exists)
            .SelectMany(p =>
            {
                using var stream = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return memory.ToArray();
            })
            .ToArray();
    }

    /// <summary>Fails naming the first of <paramref name="personal"/> found in <paramref name="bytes"/> (UTF-8 or UTF-16, any case).</summary>
    public static void AssertNoneFound(byte[] bytes, IEnumerable<string> personal, string where)
    {
        foreach (var value in personal)
        {
            foreach (var variant in new[] { value, value.ToLowerInvariant(), value.ToUpperInvariant() }.Distinct())
            {
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(variant)) < 0, $"'{variant}' found in {where} (UTF-8).");
                Assert.True(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(variant)) < 0, $"'{variant}' found in {where} (UTF-16).");
            }
        }
    }

    public static bool Found(byte[] bytes, string value) => bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(value)) >= 0;

    /// <summary>A lead as the repository would store it, at <paramref name="at"/>, with its stage history.</summary>
    public static Lead NewLead(string email, DateTimeOffset at, params LeadStage[] stages)
    {
        var lead = new Lead
        {
            UserKey = $"emulator:user-{Guid.NewGuid():N}",
            Name = "Seeded Person",
            Email = email,
            Company = "Seeded GmbH",
            Locale = "de-DE",
            Score = 42,
            CreatedAt = at,
            Consent = new ConsentRecord { TextVersion = "2026-11-28", TextHash = "hash", GivenAt = at, ChannelId = "emulator", ConversationId = $"conv-{Guid.NewGuid():N}", Locale = "de-DE" },
            Source = new LeadSource { ChannelId = "emulator" },
        };
        foreach (var stage in stages.Length == 0 ? [LeadStage.Lead] : stages)
        {
            lead.MoveTo(stage, StageActor.Bot, null, "seeded", at);
        }

        lead.UpdatedAt = at;
        return lead;
    }
}

/// <summary>A clock the test sets and advances; timers (Task.Delay on this provider) fire when their time is reached.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>How many timers wait on this clock (a scheduled job that has started waiting has one).</summary>
    public int PendingTimers
    {
        get
        {
            lock (_gate)
            {
                return _timers.Count(t => t.Due is not null);
            }
        }
    }

    /// <summary>True when a timer waits to fire exactly at <paramref name="at"/> (a job that started waiting then).</summary>
    public bool HasTimerDueAt(DateTimeOffset at)
    {
        lock (_gate)
        {
            return _timers.Any(t => t.Due == at);
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }

        FireDue();
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new ManualTimer(this, callback, state);
        lock (_gate)
        {
            _timers.Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    private void FireDue()
    {
        while (true)
        {
            ManualTimer? next;
            lock (_gate)
            {
                next = _timers.Where(t => t.Due is { } due && due <= _now).OrderBy(t => t.Due).FirstOrDefault();
                if (next is null)
                {
                    return;
                }

                next.Due = next.Period > TimeSpan.Zero && next.Period != Timeout.InfiniteTimeSpan ? next.Due + next.Period : null;
            }

            next.Callback(next.State);
        }
    }

    private sealed class ManualTimer(ManualClock clock, TimerCallback callback, object? state) : ITimer
    {
        public TimerCallback Callback { get; } = callback;
        public object? State { get; } = state;
        public DateTimeOffset? Due { get; set; }
        public TimeSpan Period { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (clock._gate)
            {
                Due = dueTime == Timeout.InfiniteTimeSpan ? null : clock._now + dueTime;
                Period = period;
            }

            if (dueTime == TimeSpan.Zero)
            {
                ThreadPool.QueueUserWorkItem(_ => clock.FireDue());
            }

            return true;
        }

        public void Dispose()
        {
            lock (clock._gate)
            {
                Due = null;
                clock._timers.Remove(this);
            }
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
