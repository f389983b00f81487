using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LeadBot.Bot.Tests.Support;
using LeadBot.Dialogs.Domain;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>
/// Policy versions on one instance over real HTTP: appsettings.json is version 1, a published change is in force for
/// the next conversation without a restart, every lead records the version that scored it, a change needs a note, an
/// author and the newest base, and a rollback is a new version. A budget of 8,000 EUR is below the configured minimum
/// (10,000, required) and above the changed one (5,000), so the lead's stage shows which version scored it.
/// </summary>
public sealed class PolicyVersionsTests : IAsyncLifetime
{
    private ConnectorStandIn _standIn = null!;
    private BotHost _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _standIn = await ConnectorStandIn.StartAsync();
        _host = await BotHost.StartAsync(settings: CriteriaTestKit.Settings());
        _client = CriteriaTestKit.Client(_host.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.StopAsync();
        _host.DeleteDatabase();
        await _standIn.DisposeAsync();
    }

    [Fact]
    public async Task The_configured_policy_is_version_1_and_a_lead_records_the_version_that_scored_it()
    {
        var current = JsonNode.Parse(await _client.GetStringAsync("api/criteria/policy"))!;
        Assert.Equal(1, current["version"]!.GetValue<int>());
        Assert.Equal("Initial", current["kind"]!.GetValue<string>());
        Assert.Equal(10000, current["policy"]!["Budget"]!["Minimum"]!.GetValue<decimal>());

        var email = await CriteriaTestKit.ConverseAsync(_host.MessagesUri, _standIn, "8000 EUR");
        var lead = await CriteriaTestKit.LeadByEmailAsync(_host.Services, email);
        Assert.Equal(1, lead.PolicyVersion);
        Assert.Equal(LeadStage.Lead, lead.Stage);
        Assert.NotNull(lead.AnsweredAt);
    }

    [Fact]
    public async Task A_published_change_is_in_force_for_the_next_conversation_at_once_and_is_recorded_with_who_when_what_why()
    {
        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;
        using var published = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions",
            new { basedOn = version, policy, note = "Small teams buy too: half the minimum." });
        Assert.Equal(HttpStatusCode.Created, published.StatusCode);
        Assert.Equal("/api/criteria/versions/2", published.Headers.Location?.ToString());

        var email = await CriteriaTestKit.ConverseAsync(_host.MessagesUri, _standIn, "8000 EUR");
        var lead = await CriteriaTestKit.LeadByEmailAsync(_host.Services, email);
        Assert.Equal(2, lead.PolicyVersion);
        Assert.Equal(LeadStage.Mql, lead.Stage);
        var shown = JsonNode.Parse(await _client.GetStringAsync($"api/leads/{lead.Id}"))!;
        Assert.Equal(2, shown["policyVersion"]!.GetValue<int>());

        var list = JsonNode.Parse(await _client.GetStringAsync("api/criteria/versions"))!;
        Assert.Equal(2, list["current"]!.GetValue<int>());
        var newest = list["versions"]![0]!;
        Assert.Equal(2, newest["version"]!.GetValue<int>());
        Assert.Equal("Change", newest["kind"]!.GetValue<string>());
        Assert.Equal("Maria (Marketing)", newest["createdBy"]!.GetValue<string>());
        Assert.Equal("Small teams buy too: half the minimum.", newest["note"]!.GetValue<string>());
        Assert.True((DateTimeOffset.UtcNow - newest["createdAt"]!.GetValue<DateTimeOffset>()).Duration() < TimeSpan.FromMinutes(5));
        var change = Assert.Single(newest["changes"]!.AsArray())!;
        Assert.Equal("Qualification:Budget:Minimum", change["key"]!.GetValue<string>());
        Assert.Equal("10000", change["from"]!.GetValue<string>());
        Assert.Equal("5000", change["to"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_change_is_refused_without_a_note_an_author_a_change_or_the_newest_base_and_when_the_configuration_would_refuse_it()
    {
        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;

        using var noNote = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy, note = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, noNote.StatusCode);
        Assert.Contains("note is required", await noNote.Content.ReadAsStringAsync());

        using (var anonymous = CriteriaTestKit.Client(_host.BaseAddress, who: null))
        using (var noAuthor = await CriteriaTestKit.PostAsync(anonymous, "api/criteria/versions", new { basedOn = version, policy, note = "why" }))
        {
            Assert.Equal(HttpStatusCode.BadRequest, noAuthor.StatusCode);
            Assert.Contains("X-Requested-By", await noAuthor.Content.ReadAsStringAsync());
        }

        var (_, unchanged) = await CriteriaTestKit.PolicyAsync(_client);
        using var same = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy = unchanged, note = "why" });
        Assert.Equal(HttpStatusCode.BadRequest, same.StatusCode);
        Assert.Contains("nothing to publish", await same.Content.ReadAsStringAsync());

        var invalid = policy.DeepClone().AsObject();
        invalid["Budget"]!["UnknownPoints"] = 99;
        using var refused = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy = invalid, note = "why" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("Qualification:Budget:Points and Qualification:Budget:UnknownPoints", await refused.Content.ReadAsStringAsync());

        using var first = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy, note = "first" });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var other = policy.DeepClone().AsObject();
        other["MqlThreshold"] = 70;
        using var stale = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy = other, note = "second, on an old base" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        var list = JsonNode.Parse(await _client.GetStringAsync("api/criteria/versions"))!;
        Assert.Equal([2, 1], list["versions"]!.AsArray().Select(v => v!["version"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_rollback_puts_an_earlier_policy_back_in_force_as_a_new_version()
    {
        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["Budget"]!["Minimum"] = 5000;
        (await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy, note = "try a lower minimum" })).EnsureSuccessStatusCode();

        using var restored = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions/1/restore", new { basedOn = 2, note = "Too many small leads for sales." });
        var body = await CriteriaTestKit.ReadJsonAsync(restored);
        Assert.Equal(3, body["version"]!.GetValue<int>());
        Assert.Equal("Rollback", body["kind"]!.GetValue<string>());
        Assert.Equal(1, body["restoresVersion"]!.GetValue<int>());
        Assert.Equal(10000, body["policy"]!["Budget"]!["Minimum"]!.GetValue<decimal>());

        var email = await CriteriaTestKit.ConverseAsync(_host.MessagesUri, _standIn, "8000 EUR");
        var lead = await CriteriaTestKit.LeadByEmailAsync(_host.Services, email);
        Assert.Equal(3, lead.PolicyVersion);
        Assert.Equal(LeadStage.Lead, lead.Stage);

        using var unknown = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions/9/restore", new { basedOn = 3, note = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var stale = await CriteriaTestKit.PostAsync(_client, "api/criteria/versions/2/restore", new { basedOn = 2, note = "x" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Published_versions_survive_a_restart_and_stay_in_force_over_the_configuration()
    {
        var (version, policy) = await CriteriaTestKit.PolicyAsync(_client);
        policy["MqlThreshold"] = 70;
        (await CriteriaTestKit.PostAsync(_client, "api/criteria/versions", new { basedOn = version, policy, note = "stricter" })).EnsureSuccessStatusCode();

        var path = _host.DatabasePath;
        await _host.StopAsync();
        _host = await BotHost.StartAsync(path, CriteriaTestKit.Settings());
        _client.Dispose();
        _client = CriteriaTestKit.Client(_host.BaseAddress);

        var current = JsonNode.Parse(await _client.GetStringAsync("api/criteria/policy"))!;
        Assert.Equal(2, current["version"]!.GetValue<int>());
        Assert.Equal(70, current["policy"]!["MqlThreshold"]!.GetValue<int>());
        Assert.Contains(_host.Logs.Lines, l => l.Contains("version 2 is in force", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_the_api_key_the_workbench_api_refuses()
    {
        using var client = new HttpClient { BaseAddress = _host.BaseAddress };
        using var response = await client.GetAsync("api/criteria/policy");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var post = await client.PostAsJsonAsync("api/criteria/versions", new { basedOn = 1 });
        Assert.Equal(HttpStatusCode.Unauthorized, post.StatusCode);
    }
}
