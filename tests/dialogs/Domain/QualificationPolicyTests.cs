using LeadBot.Dialogs.Domain;
using LeadBot.Dialogs.Qualification;
using Microsoft.Extensions.Configuration;

namespace LeadBot.Dialogs.Tests.Domain;

public sealed class QualificationPolicyTests
{
    [Fact]
    public void The_shipped_configuration_is_valid_and_describes_a_b2b_company()
    {
        var policy = PolicyFixtures.RepositoryPolicy();
        Assert.Empty(policy.Validate());
        Assert.Equal("EUR", policy.DefaultCurrency);
        Assert.Equal(10_000m, policy.Budget.Minimum);
        Assert.True(policy.Authority.Required);
        Assert.Equal(4, policy.Needs.Count);
        Assert.Equal(4, policy.Roles.Count);
        Assert.Equal(100, policy.MaxScore);
    }

    [Theory]
    [InlineData("Qualification:DefaultCurrency", "Euro", "Qualification:DefaultCurrency")]
    [InlineData("Qualification:MaxAttempts", "0", "Qualification:MaxAttempts")]
    [InlineData("Qualification:ReasonLanguage", "fr", "Qualification:ReasonLanguage")]
    [InlineData("Qualification:Budget:Minimum", "-5", "Qualification:Budget:Minimum")]
    [InlineData("Qualification:Budget:UnknownPoints", "50", "Qualification:Budget:UnknownPoints")]
    [InlineData("Qualification:Budget:UndecidedPoints", "31", "Qualification:Budget:UndecidedPoints")]
    [InlineData("Qualification:Budget:RecurringMonths", "0", "Qualification:Budget:RecurringMonths")]
    [InlineData("Qualification:Timeline:VaguePoints", "11", "Qualification:Timeline:VaguePoints")]
    [InlineData("Qualification:Budget:ExchangeRates:USD", "0", "Qualification:Budget:ExchangeRates:USD")]
    [InlineData("Qualification:Budget:ExchangeRates:dollar", "1", "Qualification:Budget:ExchangeRates:dollar")]
    [InlineData("Qualification:Timeline:MaxMonths", "0", "Qualification:Timeline:MaxMonths")]
    [InlineData("Qualification:MqlThreshold", "101", "Qualification:MqlThreshold")]
    [InlineData("Qualification:Roles:1:Key", "decides", "Qualification:Roles:1:Key")]
    [InlineData("Qualification:Needs:2:Labels:de", "", "Qualification:Needs:2:Labels:de")]
    [InlineData("Qualification:Needs:0:Points", "-1", "Qualification:Needs:0:Points")]
    public void A_bad_value_is_reported_with_the_configuration_key_that_holds_it(string key, string value, string named)
    {
        var errors = PolicyFixtures.RepositoryPolicy(new Dictionary<string, string?> { [key] = value }).Validate();
        Assert.Contains(errors, e => e.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void A_policy_in_which_no_role_decides_is_rejected_because_no_lead_could_ever_become_mql()
    {
        var overrides = new Dictionary<string, string?>
        {
            ["Qualification:Roles:0:DecisionMaker"] = "false",
            ["Qualification:Roles:1:DecisionMaker"] = "false",
        };
        var errors = PolicyFixtures.RepositoryPolicy(overrides).Validate();
        Assert.Contains(errors, e => e.StartsWith("Qualification:Roles", StringComparison.Ordinal) && e.Contains("DecisionMaker"));
    }

    [Fact]
    public void Missing_choices_are_reported()
    {
        var errors = new QualificationPolicy().Validate();
        Assert.Contains("Qualification:Needs must list at least one choice.", errors);
        Assert.Contains("Qualification:Roles must list at least one choice.", errors);
    }

    [Theory]
    [InlineData("Conversation:PrivacyPolicyUrl", "datenschutz.html", "Conversation:PrivacyPolicyUrl")]
    [InlineData("Conversation:DefaultLocale", "fr-FR", "Conversation:DefaultLocale")]
    [InlineData("Conversation:CompanyName", "", "Conversation:CompanyName")]
    [InlineData("Conversation:SalesResponseTime:en", "", "Conversation:SalesResponseTime:en")]
    [InlineData("Conversation:DefaultCallingCode", "0049", "Conversation:DefaultCallingCode")]
    [InlineData("Conversation:DefaultCallingCode", "+999", "Conversation:DefaultCallingCode")]
    [InlineData("Conversation:RetentionDays", "0", "Conversation:RetentionDays")]
    public void A_bad_conversation_setting_is_reported_with_its_key(string key, string value, string named)
    {
        var options = PolicyFixtures.RepositoryConfiguration(new Dictionary<string, string?> { [key] = value })
            .GetSection(ConversationOptions.SectionName).Get<ConversationOptions>()!;
        Assert.Contains(options.Validate(), e => e.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_conversation_settings_are_valid()
    {
        var options = PolicyFixtures.RepositoryConfiguration().GetSection(ConversationOptions.SectionName).Get<ConversationOptions>()!;
        Assert.Empty(options.Validate());
    }
}
