using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Api;
using LeadBot.Bot.Privacy;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Teams;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>The admin API for the data-subject rights over the real host: export, erasure by e-mail and by id, audit, protection.</summary>
public sealed class PrivacyApiTests : IAsyncLifetime
{
    private const string Name = "Leopoldine Kastanienbaum";
    private const string Email = "leopoldine.kastanienbaum@example.com";
    private const string Company = "Kastanienbaum Forstwirtschaft GmbH";
    private const string Phone = "089 3344556";

    private ConnectorStandIn _standIn = null!;
    private BotHost _host = null!;
    private EmulatorClient _emulator = null!;

    public async Task InitializeAsync()
    {
        _standIn = await ConnectorStandIn.StartAsync();
        _host = await BotHost.StartAsync(settings: new Dictionary<string, string?> { ["SalesApi:ApiKey"] = PrivacyTestKit.ApiKey });
        _emulator = new EmulatorClient(_host.MessagesUri, _standIn, "de-DE");
        await PrivacyTestKit.ChatToTheEndAsync(_emulator, PrivacyTestKit.Answers(Name, Email, Company, Phone));
    }

    public async Task DisposeAsync()
    {
        _emulator.Dispose();
        await _host.StopAsync();
        _host.DeleteDatabase();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task Export_by_email_is_an_attachment_whose_lead_matches_the_sales_api_and_includes_the_chat_state()
    {
        var lead = await SingleLeadAsync();
        using var admin = PrivacyTestKit.AdminClient(_host);
        using var response = await admin.GetAsync("api/privacy/export?email=" + Uri.EscapeDataString(Email.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith(".json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var export = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        var salesApiLead = JsonNode.Parse(await admin.GetStringAsync($"api/leads/{lead.Id}"))!;
        var exported = Assert.Single(export["leads"]!.AsArray());
        Assert.True(JsonNode.DeepEquals(salesApiLead, exported), $"export {exported}\n!= sales API {salesApiLead}");
        Assert.Equal(Email, exported!["email"]!.GetValue<string>());
        Assert.NotEmpty(exported["history"]!.AsArray());
        Assert.NotEmpty(exported["scoreBreakdown"]!.AsArray());
        Assert.Equal("emulator", exported["source"]!["channelId"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(exported["consent"]!["textHash"]!.GetValue<string>()));
        var keys = export["conversationState"]!.AsArray().Select(s => s!["key"]!.GetValue<string>()).ToList();
        Assert.Contains($"emulator/users/{_emulator.UserId}", keys);
        Assert.Contains($"emulator/conversations/{_emulator.ConversationId}", keys);

        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(PrivacyAction.Export, audit.Action);
        Assert.Equal(PrivacyApi.DefaultActor, audit.Actor);
        Assert.Equal([lead.Id], audit.LeadIdList());
        Assert.Equal(1, audit.Leads);
    }

    [Fact]
    public async Task Erase_by_email_removes_lead_history_notifications_and_the_bot_state_of_that_user_only()
    {
        var lead = await SingleLeadAsync();
        var other = await SeedOtherAsync();
        await using (var db = await PrivacyTestKit.DbAsync(_host.Services))
        {
            db.Outbox.Add(new OutboxMessage { LeadId = lead.Id, Kind = "test.erasure", CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
            Assert.True(await db.BotState.AnyAsync(s => s.Key == $"emulator/users/{_emulator.UserId}"));
        }

        using var admin = PrivacyTestKit.AdminClient(_host, requestedBy: "  Datenschutz Team\t" + new string('x', 200));
        using var response = await admin.DeleteAsync("api/privacy/subjects?email=" + Uri.EscapeDataString(" " + Email + " "));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(1, body["leads"]!.GetValue<int>());
        Assert.Equal(lead.History.Count, body["stageChanges"]!.GetValue<int>());
        Assert.True(body["notifications"]!.GetValue<int>() >= 1);
        Assert.True(body["botStates"]!.GetValue<int>() >= 2);

        await AssertErasedAsync(lead, other);
        var audit = Assert.Single(await AuditAsync());
        Assert.Equal(PrivacyAction.Erase, audit.Action);
        Assert.Equal(100, audit.Actor.Length);
        Assert.StartsWith("Datenschutz Team", audit.Actor);
        Assert.Equal([lead.Id], audit.LeadIdList());

        using var again = await admin.DeleteAsync("api/privacy/subjects?email=" + Uri.EscapeDataString(Email));
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task Erase_by_id_removes_that_lead_and_its_users_bot_state()
    {
        var lead = await SingleLeadAsync();
        var other = await SeedOtherAsync();
        using var admin = PrivacyTestKit.AdminClient(_host);
        using var response = await admin.DeleteAsync($"api/privacy/leads/{lead.Id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await AssertErasedAsync(lead, other);

        using var missing = await admin.DeleteAsync($"api/privacy/leads/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var notAGuid = await admin.DeleteAsync("api/privacy/leads/abc");
        Assert.Equal(HttpStatusCode.NotFound, notAGuid.StatusCode);

        var audits = await AuditAsync();
        Assert.Equal(2, audits.Count);
        Assert.All(audits, a => Assert.Equal(PrivacyAction.Erase, a.Action));
        Assert.Equal([lead.Id], audits[0].LeadIdList());
        Assert.Equal(0, audits[1].Leads);
    }

    [Fact]
    public async Task The_audit_log_holds_no_name_email_phone_company_or_email_hash()
    {
        using var admin = PrivacyTestKit.AdminClient(_host);
        (await admin.GetAsync("api/privacy/export?email=" + Uri.EscapeDataString(Email))).Dispose();
        (await admin.DeleteAsync("api/privacy/subjects?email=" + Uri.EscapeDataString(Email))).Dispose();
        (await admin.DeleteAsync("api/privacy/subjects?email=" + Uri.EscapeDataString(Email))).Dispose();

        var audits = await AuditAsync();
        Assert.Equal(3, audits.Count);
        var text = JsonSerializer.Serialize(audits);
        var hashes = new[] { System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Email)) }
            .SelectMany(h => new[] { Convert.ToHexString(h), Convert.ToBase64String(h) });
        foreach (var personal in new[] { "Leopoldine", "Kastanienbaum", Email, "example.com", "3344556", "Forstwirtschaft" }.Concat(hashes))
        {
            Assert.DoesNotContain(personal, text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("?email=")]
    [InlineData("?email=not-an-email")]
    [InlineData("?email=a%20b%40example.com")]
    public async Task A_missing_or_invalid_email_is_a_400(string query)
    {
        using var admin = PrivacyTestKit.AdminClient(_host);
        using var export = await admin.GetAsync("api/privacy/export" + query);
        using var erase = await admin.DeleteAsync("api/privacy/subjects" + query);
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, erase.StatusCode);
        Assert.Single(await (await PrivacyTestKit.DbAsync(_host.Services)).Leads.ToListAsync());
    }

    [Fact]
    public async Task Unknown_email_is_a_404()
    {
        using var admin = PrivacyTestKit.AdminClient(_host);
        using var export = await admin.GetAsync("api/privacy/export?email=nobody%40example.com");
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
    }

    [Fact]
    public async Task Calls_without_the_right_key_are_refused_and_change_nothing()
    {
        using var anonymous = _host.CreateClient();
        using var wrong = _host.CreateClient();
        wrong.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, "wrong-key-0123456789abcdef");
        foreach (var client in new[] { anonymous, wrong })
        {
            using var export = await client.GetAsync("api/privacy/export?email=" + Uri.EscapeDataString(Email));
            using var erase = await client.DeleteAsync("api/privacy/subjects?email=" + Uri.EscapeDataString(Email));
            using var eraseId = await client.DeleteAsync($"api/privacy/leads/{Guid.NewGuid()}");
            Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, erase.StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, eraseId.StatusCode);
        }

        await SingleLeadAsync();
        Assert.Empty(await AuditAsync());
    }

    [Fact]
    public async Task Without_a_configured_key_the_privacy_api_is_disabled()
    {
        await using var host = await BotHost.StartAsync();
        try
        {
            using var client = host.CreateClient();
            client.DefaultRequestHeaders.Add(SalesApi.ApiKeyHeader, "");
            using var export = await client.GetAsync("api/privacy/export?email=a%40example.com");
            using var erase = await client.DeleteAsync("api/privacy/subjects?email=a%40example.com");
            Assert.Equal(HttpStatusCode.Forbidden, export.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, erase.StatusCode);
        }
        finally
        {
            await host.StopAsync();
            host.DeleteDatabase();
        }
    }

    private async Task<Lead> SingleLeadAsync()
    {
        await using var db = await PrivacyTestKit.DbAsync(_host.Services);
        return Assert.Single(await db.Leads.Include(l => l.History).AsNoTracking().ToListAsync());
    }

    private async Task<List<PrivacyAuditEntry>> AuditAsync()
    {
        await using var db = await PrivacyTestKit.DbAsync(_host.Services);
        return await db.Set<PrivacyAuditEntry>().AsNoTracking().OrderBy(a => a.Id).ToListAsync();
    }

    /// <summary>Another person with a lead, history, a notification and bot state; an erasure must not touch them.</summary>
    private async Task<Lead> SeedOtherAsync()
    {
        await using var db = await PrivacyTestKit.DbAsync(_host.Services);
        var other = PrivacyTestKit.NewLead("someone.else@example.net", DateTimeOffset.UtcNow, LeadStage.Lead, LeadStage.Mql);
        db.Leads.Add(other);
        db.Outbox.Add(new OutboxMessage { LeadId = other.Id, Kind = "test.other", CreatedAt = DateTimeOffset.UtcNow, NextAttemptAt = DateTimeOffset.UtcNow });
        var userId = other.UserKey["emulator:".Length..];
        db.BotState.Add(new BotStateRecord { Key = $"emulator/users/{userId}", Json = "{}", ETag = "1", UpdatedAt = DateTimeOffset.UtcNow });
        db.BotState.Add(new BotStateRecord { Key = $"emulator/conversations/{other.Consent.ConversationId}", Json = "{}", ETag = "1", UpdatedAt = DateTimeOffset.UtcNow });
        await db.SaveChangesAsync();
        return other;
    }

    private async Task AssertErasedAsync(Lead erased, Lead kept)
    {
        await using var db = await PrivacyTestKit.DbAsync(_host.Services);
        Assert.False(await db.Leads.AnyAsync(l => l.Id == erased.Id));
        Assert.False(await db.StageChanges.AnyAsync(c => c.LeadId == erased.Id));
        Assert.False(await db.Outbox.AnyAsync(o => o.LeadId == erased.Id));
        Assert.False(await db.BotState.AnyAsync(s => s.Key.Contains(_emulator.UserId) || s.Key.Contains(_emulator.ConversationId)));

        Assert.True(await db.Leads.AnyAsync(l => l.Id == kept.Id));
        Assert.Equal(2, await db.StageChanges.CountAsync(c => c.LeadId == kept.Id));
        Assert.Equal(1, await db.Outbox.CountAsync(o => o.LeadId == kept.Id));
        Assert.Equal(2, await db.BotState.CountAsync(s => !s.Key.StartsWith("leadbot/activities/")));
    }
}
