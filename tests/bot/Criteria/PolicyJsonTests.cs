using System.Text.Json;
using LeadBot.Bot.Criteria;

namespace LeadBot.Bot.Tests.Criteria;

/// <summary>How a policy version is stored and compared: the configured policy survives the round trip unchanged, the
/// dictionaries stay case-insensitive as the configuration binder makes them, and the change list names the keys.</summary>
public sealed class PolicyJsonTests
{
    [Fact]
    public void The_configured_policy_round_trips_without_a_change_and_keeps_case_insensitive_lookups()
    {
        var policy = CriteriaTestKit.RepositoryPolicy();
        var stored = PolicyJson.Deserialize(PolicyJson.Serialize(policy));

        Assert.Empty(PolicyJson.Diff(policy, stored));
        Assert.Empty(stored.Validate());
        Assert.Equal(0.92m, stored.Budget.ExchangeRates["usd"]);
        Assert.Equal("Ich entscheide", stored.FindRole("decides")!.Labels["DE"]);
        Assert.DoesNotContain("MaxScore", PolicyJson.Serialize(policy), StringComparison.Ordinal);
    }

    [Fact]
    public void The_change_list_names_every_changed_setting_by_its_configuration_key()
    {
        var before = CriteriaTestKit.RepositoryPolicy();
        var after = PolicyJson.Clone(before);
        after.MqlThreshold = 70;
        after.Budget.ExchangeRates["JPY"] = 0.006m;
        after.Needs[1].Points = 20;
        after.Roles[0].Labels["en"] = "I make the decision";

        var changes = PolicyJson.Diff(before, after);

        Assert.Equal(
            ["Qualification:Budget:ExchangeRates:JPY", "Qualification:MqlThreshold", "Qualification:Needs:1:Points", "Qualification:Roles:0:Labels:en"],
            changes.Select(c => c.Key));
        Assert.Null(changes[0].From);
        Assert.Equal("60", changes[1].From);
        Assert.Equal("70", changes[1].To);
        Assert.Equal(60, before.MqlThreshold);
    }

    [Fact]
    public void An_unknown_setting_is_refused_instead_of_silently_dropped()
    {
        Assert.Throws<JsonException>(() => PolicyJson.Deserialize("""{ "MqlThreshhold": 70 }"""));
    }
}
