using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Criteria;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>What the criteria tests share: a host with an API key, stored leads with known answers, the API calls.</summary>
internal static class CriteriaTestKit
{
    public const string Key = "criteria-test-key-0123456789";

    public static Dictionary<string, string?> Settings(IDictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?> { ["SalesApi:ApiKey"] = Key };
        foreach (var (key, value) in more ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary><see cref="Settings"/> on a new database of the tests' PostgreSQL server, named after
    /// <paramref name="prefix"/>; the caller drops it (<see cref="PostgreSqlServer.DropDatabaseAsync"/>).</summary>
    public static async Task<(Dictionary<string, string?> Settings, string ConnectionString)> PostgreSqlSettingsAsync(string prefix)
    {
        var connectionString = await PostgreSqlServer.CreateDatabaseAsync(prefix);
        return (Settings(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "PostgreSQL",
            ["ConnectionStrings:LeadBot"] = connectionString,
        }), connectionString);
    }

    /// <summary>The policy of the repository's appsettings.json (version 1).</summary>
    public static QualificationPolicy RepositoryPolicy() =>
        new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Conversation.ConversationHarness.RepositoryRoot(), "appsettings.json"))
            .Build()
            .GetSection(QualificationPolicy.SectionName)
            .Get<QualificationPolicy>()!;

    public static HttpClient Client(Uri baseAddress, string? who = "Maria (Marketing)")
    {
        var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, Key);
        if (who is not null)
        {
            client.DefaultRequestHeaders.Add(CriteriaApi.RequestedByHeader, who);
        }

        return client;
    }

    /// <summary>A lead as the bot stores it: answers, the score of <paramref name="scorer"/> as of the day it was created.</summary>
    public static Lead Lead(string name, DateTimeOffset createdAt, string? need, string? role, decimal? budget, int? startInMonths,
        LeadScorer scorer, PaymentPeriod? period = null, bool timelineUnknown = false, LeadStage? stage = null)
    {
        var answers = new QualificationAnswers
        {
            NeedKey = need,
            NeedText = need,
            AuthorityKey = role,
            BudgetAmount = budget,
            BudgetCurrency = budget is null ? null : "EUR",
            BudgetPeriod = period,
            BudgetUnknown = budget is null,
            TimelineStart = startInMonths is { } m ? DateOnly.FromDateTime(createdAt.UtcDateTime).AddMonths(m) : null,
            TimelineUnknown = timelineUnknown || startInMonths is null,
        };
        var result = scorer.Score(answers, DateOnly.FromDateTime(createdAt.UtcDateTime));
        var lead = new Lead
        {
            UserKey = "test:" + name,
            Name = name,
            Email = name.Replace(' ', '.').ToLowerInvariant() + "@example.com",
            Company = name + " GmbH",
            Locale = "de-DE",
            NeedKey = answers.NeedKey,
            NeedText = answers.NeedText,
            AuthorityKey = answers.AuthorityKey,
            BudgetAmount = answers.BudgetAmount,
            BudgetCurrency = answers.BudgetCurrency,
            BudgetPeriod = answers.BudgetPeriod,
            BudgetUnknown = answers.BudgetUnknown,
            TimelineStart = answers.TimelineStart,
            TimelineUnknown = answers.TimelineUnknown,
            Score = result.Score,
            ScoreBreakdown = result.Breakdown.ToList(),
            PolicyVersion = result.PolicyVersion,
            AnsweredAt = createdAt,
            Consent = new ConsentRecord { TextVersion = "v1", TextHash = "hash", GivenAt = createdAt, ChannelId = "test", ConversationId = "c", Locale = "de-DE" },
            Source = new LeadSource { ChannelId = "test" },
            CreatedAt = createdAt,
            UpdatedAt = createdAt,
        };
        lead.MoveTo(result.Stage, StageActor.Bot, null, result.Reason, createdAt);
        if (stage is { } sales && sales != result.Stage)
        {
            lead.MoveTo(sales, "Sam Sales", null, "claimed", createdAt.AddHours(1));
            lead.Owner = "Sam Sales";
        }

        return lead;
    }

    public static async Task StoreAsync(IServiceProvider services, params Lead[] leads)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        db.Leads.AddRange(leads);
        await db.SaveChangesAsync();
    }

    public static async Task<Lead> ReadLeadAsync(IServiceProvider services, Guid id)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Leads.Include(l => l.History).AsNoTracking().SingleAsync(l => l.Id == id);
    }

    /// <summary>The policy in force as the API returns it (a JSON object shaped like the Qualification section).</summary>
    public static async Task<(int Version, JsonObject Policy)> PolicyAsync(HttpClient client)
    {
        var body = (await client.GetFromJsonAsync<JsonObject>("api/criteria/policy"))!;
        return (body["version"]!.GetValue<int>(), body["policy"]!.AsObject());
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) =>
        await client.PostAsJsonAsync(path, body);

    /// <summary>A whole English conversation over HTTP (as the Emulator drives it) with the given budget answer; returns
    /// the e-mail address it gave.</summary>
    public static async Task<string> ConverseAsync(Uri messagesUri, ConnectorStandIn standIn, string budget)
    {
        var email = $"pat.{Guid.NewGuid():N}@example.com";
        var answers = new Dictionary<string, string>
        {
            ["consent"] = "yes",
            ["name"] = "Pat Example",
            ["email"] = email,
            ["company"] = "Example Ltd",
            ["phone"] = "+1 415 555 0100",
            ["need"] = "Connect our CRM",
            ["authority"] = "I decide with others",
            ["budget"] = budget,
            ["timeline"] = "within 3 months",
            ["confirm"] = "yes",
        };
        using var emulator = new EmulatorClient(messagesUri, standIn, "en-US");
        var replies = await emulator.StartAsync();
        var asked = new List<string>();
        for (var turn = 0; turn < 30; turn++)
        {
            var step = EmulatorClient.LastStep(replies);
            Assert.True(step is not null, $"No question asked after {string.Join(" → ", asked)}; replies: {string.Join(" | ", replies.Select(r => r.Text))}");
            asked.Add(step!);
            var phase = replies.LastOrDefault(r => r.Step is not null)?.Body["channelData"]?["leadbot"]?["phase"]?.GetValue<string>();
            replies = await emulator.SendAndWaitAsync(phase == "check" ? "yes" : answers[step!]);
            if (step == "confirm" && phase != "check")
            {
                return email;
            }
        }

        Assert.Fail($"The conversation did not finish: {string.Join(" → ", asked)}");
        return email;
    }

    public static async Task<Lead> LeadByEmailAsync(IServiceProvider services, string email)
    {
        var factory = services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Leads.Include(l => l.History).AsNoTracking().SingleAsync(l => l.Email == email);
    }

    public static async Task<JsonObject> ReadJsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
