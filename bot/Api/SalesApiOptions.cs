using Microsoft.Extensions.Options;

namespace LeadBot.Bot.Api;

/// <summary>The sales / admin API (section "SalesApi").</summary>
public sealed class SalesApiOptions
{
    public const string SectionName = "SalesApi";

    /// <summary>The key expected in the X-Api-Key header. Empty: the API is disabled and refuses every request.</summary>
    public string ApiKey { get; set; } = "";

    public const int MinimumKeyLength = 16;
}

internal sealed class SalesApiOptionsValidation : IValidateOptions<SalesApiOptions>
{
    public ValidateOptionsResult Validate(string? name, SalesApiOptions options)
    {
        const string s = SalesApiOptions.SectionName;
        var errors = new List<string>();
        if (!string.IsNullOrEmpty(options.ApiKey) && options.ApiKey.Trim().Length < SalesApiOptions.MinimumKeyLength)
        {
            errors.Add($"{s}:ApiKey must be empty (API disabled) or at least {SalesApiOptions.MinimumKeyLength} characters long.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
