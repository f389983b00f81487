using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Storage;
using LeadBot.Bot.Tests.ScaleOut;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>
/// Two bot processes on one PostgreSQL database: a policy change published on one instance is in force on the other
/// without a restart (it looks for a newer version once a second), for its next conversation; a rollback on the second
/// instance reaches the first the same way. 8,000 EUR is below the configured minimum (10,000) and above the changed one.
/// </summary>
[Trait("Category", "Slow")]
[Collection(ScaleOutCollection.Name)]
public sealed class PolicyScaleOutTests : IAsyncLifetime
{
    private string _connectionString = "";
    private ConnectorStandIn _standIn = null!;
    private readonly BotProcess[] _bots = new BotProcess[2];

    public async Task InitializeAsync()
    {
        _connectionString = await PostgreSqlServer.CreateDatabaseAsync("leadbot_policy");
        _standIn = await ConnectorStandIn.StartAsync();
        var started = await Task.WhenAll(
            BotProcess.StartAsync(_connectionString, CriteriaTestKit.Settings()),
            BotProcess.StartAsync(_connectionString, CriteriaTestKit.Settings()));
        _bots[0] = started[0];
        _bots[1] = started[1];
    }

    public async Task DisposeAsync()
    {
        foreach (var bot in _bots.Where(b => b is not null))
        {
            await bot.DisposeAsync();
        }

        await _standIn.DisposeAsync();
        await PostgreSqlServer.DropDatabaseAsync(_connectionString);
    }

    [Fact]
    public async Task A_change_published_on_one_instance_scores_the_next_conversation_on_the_other_and_so_does_a_rollback()
    {
        using var first = CriteriaTestKit.Client(_bots[0].BaseAddress);
        using var second = CriteriaTestKit.Client(_bots[1].BaseAddress, who: "Sven (Sales)");

        var (version, policy) = await CriteriaTestKit.PolicyAsync(first);
        Assert.Equal(1, version);
        policy["Budget"]!["Minimum"] = 5000;
        using (var published = await first.PostAsJsonAsync("api/criteria/versions", new { basedOn = 1, policy, note = "smaller budgets are fine" }))
        {
            Assert.True(published.IsSuccessStatusCode, await published.Content.ReadAsStringAsync());
        }

        await WaitForVersionAsync(second, 2);
        var email = await CriteriaTestKit.ConverseAsync(_bots[1].MessagesUri, _standIn, "8000 EUR");
        var lead = await LeadAsync(email);
        Assert.Equal(2, lead.PolicyVersion);
        Assert.Equal(LeadStage.Mql, lead.Stage);

        using (var rolledBack = await second.PostAsJsonAsync("api/criteria/versions/1/restore", new { basedOn = 2, note = "sales is drowning" }))
        {
            Assert.True(rolledBack.IsSuccessStatusCode, await rolledBack.Content.ReadAsStringAsync());
        }

        await WaitForVersionAsync(first, 3);
        email = await CriteriaTestKit.ConverseAsync(_bots[0].MessagesUri, _standIn, "8000 EUR");
        lead = await LeadAsync(email);
        Assert.Equal(3, lead.PolicyVersion);
        Assert.Equal(LeadStage.Lead, lead.Stage);

        var versions = JsonNode.Parse(await first.GetStringAsync("api/criteria/versions"))!["versions"]!.AsArray();
        Assert.Equal(["Sven (Sales)", "Maria (Marketing)", "bot"], versions.Select(v => v!["createdBy"]!.GetValue<string>()));
    }

    /// <summary>Waits (polling the instance's API) until the instance has <paramref name="version"/> in force.</summary>
    private static async Task WaitForVersionAsync(HttpClient client, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var current = JsonNode.Parse(await client.GetStringAsync("api/criteria/policy"))!["version"]!.GetValue<int>();
            if (current == version)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The instance still has version {current} in force, not {version}.");
            await Task.Delay(100);
        }
    }

    private async Task<Lead> LeadAsync(string email)
    {
        await using var services = Storage(_connectionString);
        await using var db = await services.GetRequiredService<IDbContextFactory<LeadBotDbContext>>().CreateDbContextAsync();
        return await db.Leads.AsNoTracking().SingleAsync(l => l.Email == email);
    }

    internal static ServiceProvider Storage(string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Provider"] = "PostgreSQL", ["ConnectionStrings:LeadBot"] = connectionString })
            .Build();
        return new ServiceCollection().AddLeadBotStorage(configuration).BuildServiceProvider();
    }
}
