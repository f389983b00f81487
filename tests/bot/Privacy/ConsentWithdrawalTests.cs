using System.Text.Json;
using LeadBot.Bot.Privacy;
using LeadBot.Bot.Tests.Conversation;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;

namespace LeadBot.Bot.Tests.Privacy;

/// <summary>"Einwilligung widerrufen" in the chat (TestAdapter on a real SQLite file): recorded without personal data.</summary>
public sealed class ConsentWithdrawalTests
{
    private static readonly string[] Personal = ["Erika", "Musterfrau", "erika.musterfrau@example.com", "Beispiel AG", "1234567"];

    [Fact]
    public async Task A_withdrawal_in_the_chat_erases_the_lead_and_is_recorded_without_personal_data()
    {
        await using var harness = await ConversationHarness.StartAsync();
        var chat = harness.Conversation("de-DE");
        await chat.StartAsync();
        await chat.AnswerAllAsync(QualificationConversationTests.GermanAnswers);
        var lead = Assert.Single(await harness.LeadsAsync());

        await chat.SayAsync("Einwilligung widerrufen");

        Assert.Empty(await harness.LeadsAsync());
        await using var db = await PrivacyTestKit.DbAsync(harness.Services);
        var withdrawal = Assert.Single(await db.Set<ConsentWithdrawal>().ToListAsync());
        Assert.Equal("emulator", withdrawal.ChannelId);
        Assert.Equal("2026-11-28", withdrawal.ConsentVersion);
        Assert.Equal(1, withdrawal.LeadsAffected);
        Assert.Equal(WithdrawalHandling.Erase, withdrawal.Handling);
        var audit = Assert.Single(await db.Set<PrivacyAuditEntry>().ToListAsync());
        Assert.Equal(PrivacyAction.Withdraw, audit.Action);
        Assert.Equal("prospect", audit.Actor);
        Assert.Equal([lead.Id], audit.LeadIdList());
        AssertNoPersonalData(JsonSerializer.Serialize(withdrawal) + JsonSerializer.Serialize(audit));
        PrivacyTestKit.AssertNoneFound(harness.DatabaseBytes(), Personal, "the database files");
    }

    [Fact]
    public async Task With_OnWithdrawal_Anonymize_the_lead_stays_without_contact_data()
    {
        await using var harness = await ConversationHarness.StartAsync(new Dictionary<string, string?> { ["Privacy:OnWithdrawal"] = "Anonymize" });
        var chat = harness.Conversation("de-DE");
        await chat.StartAsync();
        await chat.AnswerAllAsync(QualificationConversationTests.GermanAnswers);
        var before = Assert.Single(await harness.LeadsAsync());

        await chat.SayAsync("Einwilligung widerrufen");

        var after = Assert.Single(await harness.LeadsAsync());
        Assert.Equal(before.Id, after.Id);
        Assert.Equal("", after.Name);
        Assert.Null(after.Email);
        Assert.Null(after.Phone);
        Assert.Equal("", after.Company);
        Assert.StartsWith(EfPersonalDataStore.AnonymizedUserKeyPrefix, after.UserKey);
        Assert.Equal(LeadStage.Disqualified, after.Stage);
        Assert.Equal(before.Score, after.Score);
        Assert.Equal(before.NeedKey, after.NeedKey);

        await using var db = await PrivacyTestKit.DbAsync(harness.Services);
        var withdrawal = Assert.Single(await db.Set<ConsentWithdrawal>().ToListAsync());
        Assert.Equal(WithdrawalHandling.Anonymize, withdrawal.Handling);
        Assert.Equal(1, withdrawal.LeadsAffected);
        Assert.Equal(0, await db.BotState.CountAsync(s => !s.Key.StartsWith("leadbot/activities/")));
        AssertNoPersonalData(JsonSerializer.Serialize(withdrawal) + JsonSerializer.Serialize(await db.Set<PrivacyAuditEntry>().ToListAsync()));
        PrivacyTestKit.AssertNoneFound(harness.DatabaseBytes(), Personal, "the database files");
    }

    [Fact]
    public async Task A_withdrawal_before_any_lead_exists_is_recorded_with_the_current_consent_version()
    {
        await using var harness = await ConversationHarness.StartAsync();
        var chat = harness.Conversation("en-US");
        await chat.StartAsync();
        await chat.SayAsync("yes");
        await chat.SayAsync("John Smith");
        await chat.SayAsync("withdraw consent");

        await using var db = await PrivacyTestKit.DbAsync(harness.Services);
        var withdrawal = Assert.Single(await db.Set<ConsentWithdrawal>().ToListAsync());
        Assert.Equal(0, withdrawal.LeadsAffected);
        Assert.Equal("2026-11-28", withdrawal.ConsentVersion);
        Assert.Equal(0, await db.BotState.CountAsync(s => !s.Key.StartsWith("leadbot/activities/")));
    }

    private static void AssertNoPersonalData(string text)
    {
        foreach (var value in Personal)
        {
            Assert.DoesNotContain(value, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
