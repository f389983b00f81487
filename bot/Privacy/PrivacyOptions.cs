using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Privacy;

/// <summary>What happens to a lead when the person withdraws consent (section "Privacy").</summary>
public enum WithdrawalHandling
{
    /// <summary>The lead, its history and pending notifications are deleted.</summary>
    Erase,

    /// <summary>Contact data is removed; the answers and score stay for statistics, tied to no person.</summary>
    Anonymize,
}

public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    public WithdrawalHandling OnWithdrawal { get; set; } = WithdrawalHandling.Erase;
}

internal sealed class PrivacyOptionsValidation(Microsoft.Extensions.Configuration.IConfiguration configuration) : IValidateOptions<PrivacyOptions>
{
    public ValidateOptionsResult Validate(string? name, PrivacyOptions options)
    {
        var raw = configuration[$"{PrivacyOptions.SectionName}:{nameof(PrivacyOptions.OnWithdrawal)}"];
        return raw is null || Enum.TryParse<WithdrawalHandling>(raw, ignoreCase: true, out _)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Privacy:OnWithdrawal must be 'Erase' or 'Anonymize' (was '{raw}').");
    }
}
